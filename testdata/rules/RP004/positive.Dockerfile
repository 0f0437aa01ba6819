FROM python:3.12-slim
# expect: RP004 "flask"
RUN pip install --no-cache-dir flask
# expect: RP004
ONBUILD RUN python -m pip install --no-cache-dir requests
