ARG VERSION=3.20
FROM alpine:${VERSION}
RUN echo hello
