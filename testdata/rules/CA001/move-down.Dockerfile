FROM node:20
# expect: CA001 "3 expensive steps rerun on every build (apt-get update, line 5; npm ci, line 7; npm run build, line 9) without reading it"
ARG BUILD_NUMBER
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends jq
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
RUN echo "build $BUILD_NUMBER" > /app/BUILD
