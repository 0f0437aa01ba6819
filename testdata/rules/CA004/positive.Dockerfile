FROM ubuntu:24.04
# expect: CA004 "runs against the stale package index"
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20
# expect: CA004
RUN apk update
COPY app /app
RUN apk add curl
