FROM golang:1.23
# expect: ST002
RUN cd /src && go build ./...
# expect: ST002
RUN set -eux; cd /go/src/app; make
