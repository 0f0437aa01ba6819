FROM alpine:3.20
LABEL org.opencontainers.image.created=2024-01-01T00:00:00Z maintainer-team=platform
