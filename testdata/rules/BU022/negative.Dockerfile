FROM node:22-slim
CMD ["node", "server.js"]

FROM mcr.microsoft.com/windows/servercore:ltsc2022
CMD ping -t localhost

FROM node:22-slim AS wrapped
ENTRYPOINT exec node server.js
