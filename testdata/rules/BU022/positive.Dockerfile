FROM node:22-slim
# expect: BU022 "SIGTERM"
CMD node server.js
