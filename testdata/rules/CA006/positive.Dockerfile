FROM python:3.12-slim
ARG VCS_REF
# expect: CA006 "with the classic builder every later step"
LABEL org.opencontainers.image.revision=$VCS_REF
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
