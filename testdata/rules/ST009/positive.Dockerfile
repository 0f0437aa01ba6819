FROM alpine:3.20
# expect: ST009
LABEL org.opencontainers.image.source=""
