FROM alpine:3.20
# expect(+1): ST022
# hadolint ignore=DL3018
RUN apk add --no-cache curl
