FROM node:22-slim
USER 1000:1000

# Windows images have no numeric user ids: their users go by name
FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS win
USER ContainerUser

# the built-in Windows accounts, on a base only known at build time
ARG BASE
FROM $BASE
USER ContainerAdministrator
