FROM alpine:3.20
RUN mkdir -p /app && touch /app/ready
RUN apk add --no-cache curl=8.11.1-r0
RUN pip install --no-cache-dir -r requirements.txt
