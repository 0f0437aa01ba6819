FROM node:22-slim
COPY . /app
COPY config /app/config
# expect: SZ011 "line 2"
RUN chown -R node:node /app
