FROM node:22-slim
# expect: RP005 "pin it as typescript@VERSION (npm view typescript version lists the versions on offer)"
RUN npm install -g typescript
# expect: RP005
ONBUILD RUN npm install @angular/cli
# expect: RP005 "serve"
RUN yarn global add serve
