FROM python:3.12-slim
# expect: CA001 "reruns on every build (pip install, line 7)"
ARG INDEX_URL
ENV PIP_EXTRA_INDEX_URL=$INDEX_URL
WORKDIR /work
COPY requirements.txt /work/
RUN pip install --no-cache-dir -r requirements.txt
COPY . /work/

FROM node:20 AS web
# expect: CA001 "a commit SHA"
ARG GIT_COMMIT
RUN npm ci
RUN npm run build
RUN echo "$GIT_COMMIT" > /version.txt

FROM alpine:3.20
# expect: CA001 "a credential"
ARG NPM_TOKEN
RUN apk add --no-cache curl
