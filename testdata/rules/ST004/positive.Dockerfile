FROM alpine:3.20
# expect: ST004
ADD app.sh /usr/local/bin/
