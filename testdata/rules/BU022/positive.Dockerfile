FROM node:22-slim
# expect: BU022 "SIGTERM"
CMD node server.js
# expect: BU022 "not valid JSON"
ENTRYPOINT ['/usr/local/bin/app']

FROM node:22-slim AS health
# expect: BU022 "not valid JSON"
HEALTHCHECK CMD ['curl', '-sf', 'http://localhost:8080/healthz']
CMD ["node", "server.js"]
