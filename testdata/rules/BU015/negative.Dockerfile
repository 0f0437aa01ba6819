FROM alpine:3.20
ARG VERSION=1.0
ENV PATH=/opt/bin:$PATH
LABEL version=$VERSION
COPY app /opt/${APP_DIR:-app}/
WORKDIR /home/$TARGETARCH

FROM scratch
# BuildKit does not expand --from (research buildkit.md A.9), so there is no undefined variable to report
COPY --from=$BUILDER /out /out
