FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN apt-get -qq install wget

FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0
