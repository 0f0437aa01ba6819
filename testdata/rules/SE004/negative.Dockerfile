FROM node:22-slim
ARG GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D
ENV TOKEN_FILE=/run/secrets/token
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
