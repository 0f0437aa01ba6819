# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
ARG TOOL_VERSION=3.2.1
ENV TOOL_URL=https://example.com/tool/${TOOL_VERSION}/tool.zip
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
# versioned through an ENV and a pinned release: quiet; a release-line short link: reported
RUN Invoke-WebRequest -Uri $env:TOOL_URL -OutFile C:\tool.zip; `
    Invoke-WebRequest -OutFile C:\monitor.exe -Uri https://github.com/example/monitor/releases/download/v2.0.1.10/monitor.exe; `
# expect: CA003 "Invoke-WebRequest downloads https://aka.example/runtime/8.0/hosting.exe"
    Invoke-WebRequest -OutFile C:\hosting.exe https://aka.example/runtime/8.0/hosting.exe
# a download function of the script, called on a default branch
RUN Function Get-Remote([string] $source, [string] $target) { `
      $webClient = New-Object System.Net.WebClient; `
      $webClient.DownloadFile($source, $target); `
    } `
# expect: CA003 "master/gcc.zip"
    Get-Remote https://raw.githubusercontent.com/example/gcc/master/gcc.zip C:\gcc.zip
SHELL ["cmd", "/S", "/C"]
# expect: CA003 "stable/vs_BuildTools.exe"
RUN curl -fSLo vs_BuildTools.exe https://aka.example/vs/stable/vs_BuildTools.exe && vs_BuildTools.exe --quiet
RUN curl -fSLo nuget.exe https://dist.example.org/win-x86-commandline/v%TOOL_VERSION%/nuget.exe
