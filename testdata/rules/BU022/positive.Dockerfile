FROM node:22-slim
# expect: BU022 "SIGTERM"
CMD node server.js
# expect: BU022 "not valid JSON"
ENTRYPOINT ['/usr/local/bin/app']
