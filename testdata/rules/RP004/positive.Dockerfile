FROM python:3.12-slim
# expect: RP004 "flask"
RUN pip install --no-cache-dir flask
# expect: RP004
ONBUILD RUN python -m pip install --no-cache-dir requests
# expect: RP004 "poetry"
RUN pipx install poetry && uv pip install --system ruff==0.8.0
