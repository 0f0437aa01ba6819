FROM node:20
# expect: CA005 "2 expensive steps rerun on each bust"
ARG CACHEBUST=1
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
RUN npm install -g pnpm@9.1.0
RUN git clone https://github.com/example/docs.git /docs
