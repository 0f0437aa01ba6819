# The seed's own idiom: a four-stage build whose clone stage opens with an
# ARG that is never read; a new value (--build-arg INVALIDATE_CACHE_TIMESTAMP=$(date +%s))
# refreshes the clones and nothing before them. No finding may tell to remove it.
FROM ubuntu:24.04 AS deps
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates build-essential cmake \
    && rm -rf /var/lib/apt/lists/*

FROM deps AS sources
ARG INVALIDATE_CACHE_TIMESTAMP
RUN git clone --depth 1 https://github.com/example/engine.git /src/engine
RUN git clone --depth 1 https://github.com/example/plugins.git /src/plugins

FROM deps AS build
COPY --from=sources /src /src
RUN cmake -S /src/engine -B /build && cmake --build /build

FROM ubuntu:24.04
COPY --from=build /build/bin/engine /usr/local/bin/engine
ENTRYPOINT ["/usr/local/bin/engine"]
