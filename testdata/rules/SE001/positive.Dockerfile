FROM node:22-slim
USER node
RUN npm ci
# expect: SE001
USER root
