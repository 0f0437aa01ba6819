FROM golang:1.23
# expect: BU001 "relative WORKDIR"
WORKDIR src/app
RUN go build ./...
