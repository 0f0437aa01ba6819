FROM alpine:3.20
# expect: RP014 "--checksum"
ADD https://example.com/tool-1.2.tar.gz /tmp/
# expect: RP014
ONBUILD ADD https://example.com/x.tgz /x.tgz
