# expect: ST007 "org.opencontainers.image.revision"
# expect(+1): ST007 "org.opencontainers.image.version"
FROM alpine:3.20
LABEL org.opencontainers.image.source=https://github.com/org/app \
      org.opencontainers.image.created=2024-05-01T12:00:00Z \
      org.opencontainers.image.licenses=MIT \
      org.opencontainers.image.authors=team@example.com
