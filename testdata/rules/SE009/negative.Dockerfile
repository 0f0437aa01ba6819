FROM node:22-slim
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /root/.netrc && make && rm -f /root/.netrc
COPY config.json /app/
