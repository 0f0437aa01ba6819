FROM alpine:3.20
# expect: BU004 "does not end in /"
COPY a.conf b.conf /etc/app
# expect: BU004
ONBUILD COPY x.txt y.txt /data
