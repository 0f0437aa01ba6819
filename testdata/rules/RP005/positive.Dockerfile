FROM node:22-slim
# expect: RP005 "typescript"
RUN npm install -g typescript
# expect: RP005
ONBUILD RUN npm install @angular/cli
# expect: RP005 "serve"
RUN yarn global add serve
