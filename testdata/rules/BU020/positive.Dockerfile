FROM golang:1.23 AS build
RUN go build -o /out/app ./...

FROM alpine:3.20
# expect: BU020
COPY --from=build / /
