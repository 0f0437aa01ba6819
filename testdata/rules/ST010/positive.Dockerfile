FROM alpine:3.20
# expect: ST010 "is not a URL"
LABEL org.opencontainers.image.source=github.com/org/app
# expect: ST010 "semantic version"
LABEL org.opencontainers.image.version=v1.4
# expect: ST010 "SPDX"
LABEL org.opencontainers.image.licenses="Apache 2"
# expect: ST010 "git hash"
LABEL org.opencontainers.image.revision=main
# expect: ST010 "email"
LABEL org.opencontainers.image.authors="the team"
# expect: ST010 "RFC 3339"
LABEL org.opencontainers.image.created=yesterday
