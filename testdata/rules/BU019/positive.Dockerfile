FROM alpine:3.20
ARG APP
# expect: BU019 "ARG APP"
WORKDIR /srv/$APP
# expect: BU019
COPY config.yaml /etc/${APP}/
