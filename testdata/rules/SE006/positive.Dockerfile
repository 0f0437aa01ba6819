FROM python:3.12-slim
# expect: SE006 "a GitHub token"
ARG GH_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB
# expect: SE006 "a password in a URL"
ENV PIP_INDEX_URL=https://build:s3cr3tpw@pypi.example.com/simple
# expect: SE006
ONBUILD ENV LICENSE_KEY=lgNvGyhnXKpa5PJq
