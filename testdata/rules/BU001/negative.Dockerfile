FROM golang:1.23
WORKDIR /src/app
RUN go build ./...
WORKDIR cmd

FROM golang:1.23 AS tools
ARG DIR=/opt/tools
WORKDIR $DIR
