FROM alpine:3.20
# expect: ST008 "org.opencontainers.image.sources"
LABEL org.opencontainers.image.sources=https://github.com/org/app
