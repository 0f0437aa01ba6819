ARG APP_VERSION=2.1
FROM alpine:3.20
ARG VERSION=1.0
ENV PATH=/opt/bin:$PATH
LABEL version=$VERSION
COPY app /opt/${APP_DIR:-app}/
WORKDIR /home/$TARGETARCH

FROM scratch
# BuildKit does not expand --from (research buildkit.md A.9), so there is no undefined variable to report
COPY --from=$BUILDER /out /out

FROM debian:12-slim AS api
ARG APP_VERSION
ARG PORT=8080
LABEL org.opencontainers.image.version=$APP_VERSION
EXPOSE ${PORT}/tcp
