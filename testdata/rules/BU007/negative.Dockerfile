FROM alpine:3.20 AS build
FROM alpine:3.20 AS test
FROM build AS release
