FROM --platform=$BUILDPLATFORM golang:1.22 AS build
RUN --mount=type=cache,target=/root/.cache/go-build,sharing=locked \
    --mount=type=bind,source=go.sum,target=go.sum \
    --mount=type=secret,id=npmrc,target=/root/.npmrc,required \
    --mount=type=ssh \
    --mount=type=tmpfs,target=/tmp,size=64m \
    --mount="type=cache,target=/var/cache/apt,id=apt cache" \
    --network=none --security=sandbox \
    go build ./...
COPY --from=build --chown=app:app --chmod=0755 --link --parents --exclude=*.md --exclude=docs/ /out/ /app/
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0bda8a1a92b --keep-git-dir=true --unpack=false https://example.com/a.tar.gz /a/
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD curl -f http://localhost/
COPY --link=false -- --weird-file /dst
RUN --mount=type=nfs,target=/x echo bad mount type
COPY --from stage . .
RUN --network=none --network=host echo twice
