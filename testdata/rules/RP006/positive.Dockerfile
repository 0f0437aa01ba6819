FROM alpine:3.20
# expect: RP006 "pin it as curl=VERSION (apk policy curl lists the versions on offer)"
RUN apk add --no-cache curl
# expect: RP006
ONBUILD RUN apk add --no-cache git
