# The SDK image is known only through the global ARG's default, and the test stage is built on that stage.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/framework/sdk:4.8.1-windowsservercore-ltsc2022

FROM ${SDK_IMAGE} AS build
WORKDIR /src
COPY Service.sln ./
RUN nuget restore Service.sln

FROM build AS test
RUN dotnet restore Tests/Tests.csproj
