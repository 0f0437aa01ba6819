FROM node:22-slim
# expect: SZ010
RUN yarn install --frozen-lockfile
# expect: SZ010
ONBUILD RUN yarn install
