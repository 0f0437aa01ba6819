FROM node:22
WORKDIR /app
COPY package.json .
COPY . /srv/

FROM scratch
COPY --from=0 /app/dist dist
