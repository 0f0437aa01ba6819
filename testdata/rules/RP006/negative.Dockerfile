FROM alpine:3.20
RUN apk add --no-cache curl=8.11.1-r0 git~2.45
