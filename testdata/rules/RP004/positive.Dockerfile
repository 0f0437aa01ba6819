FROM python:3.12-slim
# expect: RP004 "pin it as flask==VERSION (pip index versions flask lists the versions on offer)"
RUN pip install --no-cache-dir flask
# expect: RP004
ONBUILD RUN python -m pip install --no-cache-dir requests
# expect: RP004 "poetry"
RUN pipx install poetry && uv pip install --system ruff==0.8.0
