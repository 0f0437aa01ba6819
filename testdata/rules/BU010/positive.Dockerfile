FROM node:22
# expect: BU010 "relative destination"
COPY package.json .
WORKDIR /app
COPY . .
