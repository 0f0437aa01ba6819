FROM node:20
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
ARG CACHEBUST=1
RUN git clone https://github.com/example/docs.git /docs
