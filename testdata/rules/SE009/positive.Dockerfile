FROM node:22-slim
# expect: SE009 "deleted on line 4"
COPY .npmrc /root/.npmrc
RUN npm ci && rm /root/.npmrc
# expect: SE009 "not removed in the same RUN"
RUN --mount=type=secret,id=netrc cp /run/secrets/netrc /root/.netrc && make
