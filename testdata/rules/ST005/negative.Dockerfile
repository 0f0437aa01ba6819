FROM debian:12
RUN wget -q https://example.com/tool.tgz && wget --progress=dot:giga https://example.com/big.iso

# BusyBox wget (Alpine, BusyBox): no --progress option, and its meter is one redrawn line
FROM alpine:3.20
RUN wget -O /tmp/x.tgz https://example.com/x.tgz
FROM python:3.12-alpine3.20
RUN set -eux; apk add --no-cache --virtual .deps gnupg; wget -O python.tar.xz "https://example.com/python.tar.xz"
FROM busybox:1.36
RUN wget https://example.com/x
