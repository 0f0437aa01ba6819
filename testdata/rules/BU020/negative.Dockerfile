FROM golang:1.23 AS build
RUN go build -o /out/app ./...

FROM alpine:3.20
COPY --from=build /out/ /usr/local/bin/
COPY --from=tonistiigi/xx:1.5.0 / /

FROM scratch AS bundle
COPY app /app

FROM tonistiigi/xx:1.5.0 AS xx

FROM alpine:3.20
COPY --from=bundle / /
COPY --from=xx / /
