FROM ubuntu:24.04
# expect: SE012 "sets a literal password"
RUN echo 'root:Docker!2024' | chpasswd
# expect: SE012 "x11vnc -storepasswd"
RUN mkdir -p /root/.vnc && x11vnc -storepasswd 123456 /root/.vnc/passwd
# expect: SE012 "Authorization header with a literal token"
RUN curl -fsSL -H "Authorization: token ghp_0a1b2c3d4e5f6a7b8c9d" -o /tmp/app.tgz https://api.github.com/repos/acme/app/tarball/v1.2
# expect: SE012 "docker login"
RUN docker login -u ci -p s3cr3t-Pa55 registry.example.com
# expect: SE012 "mysql -p"
RUN mysql -uroot -pHunter2root -e "CREATE DATABASE app"
# expect: SE012 "URL with a literal password"
ONBUILD RUN git clone https://deploy:glpat-x8Yz41@gitlab.example.com/acme/app.git /src

FROM mcr.microsoft.com/windows/servercore:ltsc2022
# expect: SE012 "net user builder"
RUN net user builder P@ssw0rd1 /ADD
