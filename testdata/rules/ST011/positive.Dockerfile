FROM alpine:3.20
RUN mkdir -p /app
# expect: ST011
RUN touch /app/ready
