FROM python:3.12-slim
RUN pip install --no-cache-dir -r requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3
ENV PIP_NO_CACHE_DIR=1
RUN pip install gunicorn==23.0.0
# pip takes an unambiguous prefix of a long option: --no-cache is --no-cache-dir
RUN pip install --no-cache gunicorn==23.0.0
