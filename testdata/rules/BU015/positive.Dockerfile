ARG APP_VERSION=2.1
FROM scratch
ARG VERSION=1.0
# expect: BU015 "did you mean $VERSION"
LABEL version=$VERSOIN
# expect: BU015
COPY app /opt/$APP_DIR/
# expect: BU015 "did you mean $VERSION"
ADD --checksum=sha256:$VERSOIN https://example.com/app.tar.gz /app.tar.gz
# expect: BU015 "did you mean $VERSION"
ENV APP_${VERSON}=1

FROM alpine:3.20
ARG APP_USER=app
# expect: BU015 "did you mean $APP_USER"
USER $APP_USR
# expect: BU015 "defined only later"
WORKDIR /home/$HOME_DIR
ENV HOME_DIR=app

FROM node:22-alpine AS web
# expect: BU015 "no ARG or ENV in this file sets it"
EXPOSE ${PORT}

FROM debian:12-slim AS release
# expect: BU015 "global ARG"
LABEL org.opencontainers.image.version=$APP_VERSION
# expect: BU015 "global ARG"
COPY dist/app-${APP_VERSION}.tar.gz /opt/
