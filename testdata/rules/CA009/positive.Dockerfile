FROM python:3.12-slim
# expect: CA009 "pip install without a cache mount on /root/.cache/pip"
RUN pip install -r requirements.txt
# expect: CA009 "apt-get install"
RUN apt-get update && apt-get install -y --no-install-recommends curl
# expect: CA009 "go mod"
RUN go mod download

FROM golang:1.22 AS go-build
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
# expect: CA009 "go build without a cache mount on the build cache /root/.cache/go-build: each time this step reruns, every package is compiled again"
RUN --mount=type=cache,target=/go/pkg/mod CGO_ENABLED=0 go build -ldflags "-s -w" -o /out/app .

FROM golang:1.22 AS gocache-moved
ENV GOCACHE=/go-cache
# expect: CA009 "go install without a cache mount on the build cache /go-cache"
RUN go install ./cmd/tool

FROM python:3.12-slim AS other-user
RUN useradd --create-home --uid 1001 app
USER app
# expect: CA009 "pip install without a cache mount on /home/app/.cache/pip"
RUN pip install --user -r requirements.txt

FROM python:3.12-slim AS unknown-home
USER worker
# expect: CA009 "pip install without a cache mount on its cache, ~/.cache/pip of USER worker, whose home this file does not give"
RUN pip install --user -r requirements.txt

FROM fedora:40 AS rpm
# expect: CA009 "dnf also needs keepcache=1"
RUN dnf install -y gcc

FROM alpine:3.20 AS apk
# expect: CA009 "apk add without a cache mount on /var/cache/apk"
RUN apk add --no-cache curl

FROM node:20 AS yarn-global
# expect: CA009 "yarn global add without a cache mount"
RUN yarn global add @vue/cli@5.0.8

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS dotnet-restored
COPY app.csproj .
# expect: CA009
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /out

FROM maven:3.9-eclipse-temurin-21 AS mvn-mounted
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn dependency:go-offline
COPY src src
# expect: CA009
RUN mvn package
