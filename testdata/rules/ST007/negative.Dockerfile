FROM alpine:3.20
LABEL org.opencontainers.image.source=https://github.com/org/app \
      org.opencontainers.image.created=2024-05-01T12:00:00Z \
      org.opencontainers.image.version=1.4.2 \
      org.opencontainers.image.licenses="Apache-2.0 OR MIT" \
      org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567 \
      org.opencontainers.image.authors=team@example.com
