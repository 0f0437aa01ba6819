FROM python:3.12-slim
LABEL org.opencontainers.image.title="demo"
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ARG VCS_REF
LABEL org.opencontainers.image.revision=$VCS_REF
