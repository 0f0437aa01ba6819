FROM node:22-slim
COPY --chown=node:node . /app
RUN chown -R node:node /var/cache/app
