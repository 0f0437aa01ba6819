# expect: BU012 "reserved"
FROM alpine:3.20 AS scratch
# expect: BU012
FROM alpine:3.20 AS context
