# The images come from build arguments without defaults; the final stage runs an .exe,
# so the build runs on Windows (one build, one daemon): no cache mounts to suggest.
ARG SDK_IMAGE
ARG RUNTIME_IMAGE

FROM $SDK_IMAGE AS build
WORKDIR /src
COPY Service.sln packages.config ./
RUN nuget restore Service.sln
COPY . .
RUN msbuild Service.sln /p:Configuration=Release

FROM $RUNTIME_IMAGE
WORKDIR /app
COPY --from=build /src/bin/Release/net48 .
ENTRYPOINT ["Service.exe"]
