FROM node:22-slim AS build
USER root
RUN npm ci

FROM node:22-slim
USER root
RUN apt-get --version
USER 1000:1000
