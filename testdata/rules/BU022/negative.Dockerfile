FROM node:22-slim
CMD ["node", "server.js"]

FROM node:22-slim AS wrapped
ENTRYPOINT exec node server.js
