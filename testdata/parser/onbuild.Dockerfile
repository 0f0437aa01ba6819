FROM node:20
ONBUILD COPY --from=deps /app/node_modules ./node_modules
ONBUILD RUN npm ci
onbuild run ["npm", "test"]
ONBUILD ONBUILD RUN echo chained
ONBUILD FROM alpine
ONBUILD
