# The seed's idiom placed too early: the ARG sits above the apt-get install of
# the clone stage, so each bust reinstalls the packages before refreshing the clones.
FROM ubuntu:24.04 AS deps
RUN apt-get update && apt-get install -y --no-install-recommends build-essential cmake \
    && rm -rf /var/lib/apt/lists/*

FROM deps AS sources
# expect: CA005 "1 expensive step reruns on each bust for nothing (apt-get"
ARG INVALIDATE_CACHE_TIMESTAMP
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://github.com/example/engine.git /src/engine
RUN git clone --depth 1 https://github.com/example/plugins.git /src/plugins

FROM deps AS build
COPY --from=sources /src /src
RUN cmake -S /src/engine -B /build && cmake --build /build

FROM ubuntu:24.04
COPY --from=build /build/bin/engine /usr/local/bin/engine
ENTRYPOINT ["/usr/local/bin/engine"]
