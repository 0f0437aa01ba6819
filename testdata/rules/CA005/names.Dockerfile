FROM alpine:3.20
# expect: CA005 "ARG CACHE_DATE"
ARG CACHE_DATE
RUN apk add --no-cache git
RUN git clone https://github.com/example/site.git /site

FROM alpine:3.20
# expect: CA005 "ARG FORCE_REBUILD"
ARG FORCE_REBUILD
RUN apk add --no-cache git
RUN git clone https://github.com/example/site.git /site
