FROM alpine:3.20
RUN apk add --no-cache \

# expect: ST017
    curl=8.11.1-r0
