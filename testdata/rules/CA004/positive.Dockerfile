FROM ubuntu:24.04
# expect: CA004 "runs against the stale package index"
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20
# expect: CA004
RUN apk update
COPY app /app
RUN apk add curl

FROM opensuse/leap:15.6
# zypper's index update is refresh (ref)
# expect: CA004 "`zypper refresh` runs alone"
RUN zypper refresh
RUN zypper -n install curl

FROM debian:12
# a global option before the sub-command is still an update
# expect: CA004 "`apt-get update` runs alone"
RUN apt-get -o Acquire::Retries=3 update
RUN apt-get install -y curl
