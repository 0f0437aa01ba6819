# expect: BU011
RUN echo hello
FROM alpine:3.20
