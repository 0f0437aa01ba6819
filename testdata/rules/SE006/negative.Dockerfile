FROM python:3.12-slim
ARG GH_TOKEN
ENV PIP_INDEX_URL=https://pypi.example.com/simple
ENV PIP_EXTRA=https://build:${PIP_PASSWORD}@pypi.example.com/simple
LABEL org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567
