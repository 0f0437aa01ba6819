FROM alpine:3.20
ARG APP=web
WORKDIR /srv/$APP
ARG REQUIRED
COPY config.yaml /etc/${REQUIRED:?set --build-arg REQUIRED}/
