# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
# expect: CA001 "2 expensive steps rerun on every build (Invoke-WebRequest download, line 7; choco install, line 9)"
ARG BUILD_ID
RUN New-Item -ItemType Directory -Path C:\agent | Out-Null
RUN Invoke-WebRequest -Uri https://downloads.example.org/agent/agent-3.1.0.zip -OutFile C:\agent.zip ; `
    Expand-Archive -Path C:\agent.zip -DestinationPath C:\agent
RUN choco install -y git
RUN Set-Content -Path C:\agent\build-id.txt -Value $env:BUILD_ID

FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS cmd-shell
# expect: CA001 "(nuget restore, line 16) without reading it"
ARG GIT_COMMIT
WORKDIR C:\src
RUN C:\tools\nuget.exe restore Service.sln
RUN echo %GIT_COMMIT% > C:\src\commit.txt
