FROM golang:1.23 AS build
RUN go build -o /app ./cmd/app

FROM node:22-slim
COPY --from=build /app /usr/local/bin/app
RUN npm ci --omit=dev && npm cache clean --force
RUN --mount=type=cache,target=/root/.npm npm install --omit=dev
RUN uv pip install --system --no-cache -r requirements.txt
