FROM node:22-slim
RUN npm install -g typescript@5.6.3 @angular/cli@18.2.0
RUN npm ci
RUN npm install
RUN yarn install --frozen-lockfile && pnpm add -g pnpm@9.12.0
