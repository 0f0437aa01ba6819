FROM alpine:3.20
# expect: CA005 "move it down to just above line 5, its first reader"
ARG CACHEBUST=1
RUN apk add --no-cache git curl
RUN echo "bust: $CACHEBUST" && git clone --depth 1 https://github.com/example/site.git /site
