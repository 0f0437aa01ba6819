# The base comes from a build argument without a default and nothing in the file says Windows:
# a Linux build, where a cache mount helps.
ARG SDK_IMAGE

FROM $SDK_IMAGE AS build
WORKDIR /src
COPY Service.csproj ./
# expect: CA009
RUN dotnet restore Service.csproj
COPY . .
RUN dotnet publish --no-restore -c Release -o /app
ENTRYPOINT ["dotnet", "/app/Service.dll"]
