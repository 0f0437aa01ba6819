FROM golang:1.23 AS builder
RUN go build -o /app ./...

FROM alpine:3.20
COPY --from=builder /app /app
COPY --from=0 /app /app2
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
COPY --from=ghcr.io/org/tools /bin/tool /bin/
