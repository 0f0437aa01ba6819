FROM golang:1.23 AS builder
RUN go build -o /app ./...

FROM alpine:3.20
# expect: BU005 "did you mean 'builder'"
COPY --from=buidler /app /app
# expect: BU005 "defined later"
COPY --from=assets /static /static

FROM node:22 AS assets
# a name no stage has: usually a named build context (--build-context)
# expect: BU005 "--build-context context2="
COPY --from=context2 /src /src
