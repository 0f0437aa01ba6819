FROM alpine:3.20
COPY a.conf b.conf /etc/app/
COPY a.conf /etc/app.conf
