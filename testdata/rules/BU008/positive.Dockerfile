FROM alpine:3.20
# expect: BU008
ONBUILD FROM alpine:3.20
# expect: BU008
ONBUILD MAINTAINER someone
