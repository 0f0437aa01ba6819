FROM alpine:3.20
# expect: ST019
ENV APP_HOME /opt/app
# expect: ST019
LABEL description A small image
