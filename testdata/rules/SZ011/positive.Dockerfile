FROM node:22-slim
COPY . /app
# expect: SZ011 "line 2"
RUN chown -R node:node /app
