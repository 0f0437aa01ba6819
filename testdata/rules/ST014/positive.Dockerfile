# expect: ST014
FROM --platform=$TARGETPLATFORM alpine:3.20
