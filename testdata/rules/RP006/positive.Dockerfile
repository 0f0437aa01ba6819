FROM alpine:3.20
# expect: RP006 "curl"
RUN apk add --no-cache curl
# expect: RP006
ONBUILD RUN apk add --no-cache git
