FROM debian:12
# expect: ST005
RUN wget https://example.com/tool.tgz
# expect: ST005
ONBUILD RUN wget https://example.com/x

# Alpine with the wget package: GNU wget
FROM alpine:3.20
RUN apk add --no-cache wget
# expect: ST005
RUN wget https://example.com/tool.tgz
