# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
COPY app C:\app\
RUN powershell -Command `
    $ErrorActionPreference = 'Stop'; `
    Write-Host "C:\path\with\backslashes"
WORKDIR C:\app
ENV GOPATH C:\go`
  \bin
