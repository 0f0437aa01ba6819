FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
# expect: SZ012 "npm cache clean"
RUN npm ci --omit=dev
# expect: SZ012 "go clean"
ONBUILD RUN go install ./cmd/app
