FROM alpine:3.20 AS base
FROM scratch
COPY --from=base /etc/passwd /etc/passwd
