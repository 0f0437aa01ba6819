# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
# every expensive step reads the commit: it has to rerun when it changes
ARG GIT_COMMIT
RUN Invoke-WebRequest -Uri "https://builds.example.org/app/${env:GIT_COMMIT}/app.zip" -OutFile C:\app.zip
RUN New-Item -ItemType Directory -Path C:\app | Out-Null

FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS cmd-shell
ARG BUILD_ID
RUN curl.exe -fSL -o C:\app.zip https://builds.example.org/app/%BUILD_ID%.zip
