# expect: ST016
FROM alpine:3.20 as build
