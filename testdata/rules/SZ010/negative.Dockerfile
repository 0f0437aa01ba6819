FROM node:22-slim
RUN yarn install --frozen-lockfile && yarn cache clean
RUN yarn --version
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile
