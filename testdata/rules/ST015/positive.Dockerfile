# expect: ST015
FROM alpine:3.20 AS Build
