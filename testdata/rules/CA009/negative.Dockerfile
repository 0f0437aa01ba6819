FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends curl
RUN echo no installs here

FROM golang:1.22 AS go-build
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /out/app .

FROM golang:1.22 AS gocache-moved
ENV GOCACHE=/go-build
RUN --mount=type=cache,target=/go-build go build -o /out/app .

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS dotnet
RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore
RUN dotnet publish --no-restore -c Release -o /app

FROM python:3.12-slim AS other-user
RUN useradd --create-home --uid 1001 app
USER app
RUN --mount=type=cache,target=/home/app/.cache/pip,uid=1001 pip install --user -r requirements.txt

FROM mcr.microsoft.com/dotnet/framework/sdk:4.8 AS windows
RUN nuget restore app.sln
