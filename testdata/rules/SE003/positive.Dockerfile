# expect: SE003 "quay.io"
FROM quay.io/org/base:1.0
# expect: SE003 "docker.io"
COPY --from=alpine:3.20 /etc/alpine-release /
