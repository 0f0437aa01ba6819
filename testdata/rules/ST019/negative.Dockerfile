FROM alpine:3.20
ENV APP_HOME=/opt/app
LABEL description="A small image"
