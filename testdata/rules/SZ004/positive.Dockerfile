FROM alpine:3.20
# expect: SZ004
RUN apk add curl=8.11.1-r0
# expect: SZ004
ONBUILD RUN apk add git
