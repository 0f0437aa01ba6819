FROM alpine:3.20 AS build
FROM alpine:3.20 AS test
# expect: BU007 "line 1"
FROM alpine:3.20 AS Build
