FROM node:22-slim
CMD ["node", "server.js"]

FROM mcr.microsoft.com/windows/servercore:ltsc2022
CMD ping -t localhost

FROM node:22-slim AS wrapped
ENTRYPOINT exec node server.js

# a health check runs through the image's SHELL (cmd on Windows), not /bin/sh
FROM mcr.microsoft.com/dotnet/aspnet:9.0-nanoserver-ltsc2022 AS health-windows
HEALTHCHECK CMD curl -sf http://localhost:8080/healthz || exit 1
ENTRYPOINT ["aspnetapp"]

FROM node:22-slim AS health-shell
SHELL ["/bin/bash", "-c"]
HEALTHCHECK CMD curl -sf http://localhost:8080/healthz || exit 1

# a shell-form health check is not PID 1: no signal reasoning applies
FROM node:22-slim AS health-linux
HEALTHCHECK CMD curl -sf http://localhost:8080/healthz || exit 1
CMD ["node", "server.js"]
