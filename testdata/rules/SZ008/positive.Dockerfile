FROM python:3.12-slim
# expect: SZ008
RUN pip install -r requirements.txt
# expect: SZ008
ONBUILD RUN pip install flask==3.0.3
