FROM ubuntu:24.04
ARG ROOT_PASSWORD
RUN echo "root:${ROOT_PASSWORD}" | chpasswd
RUN --mount=type=secret,id=gh_token curl -fsSL -H "Authorization: token $(cat /run/secrets/gh_token)" -o /tmp/app.tgz https://api.github.com/repos/acme/app/tarball/v1.2
RUN --mount=type=secret,id=db mysql -uroot -p"$(cat /run/secrets/db)" -e "SELECT 1"
# placeholders, and prompts with no password on the line
RUN echo "usage: docker login -u USER -p <password>" && mysql --help
RUN x11vnc -storepasswd
RUN curl -fsSL -u "ci:$CI_TOKEN" -o /tmp/a.tgz https://repo.example.com/a-1.0.tgz

FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN net user builder /ADD
