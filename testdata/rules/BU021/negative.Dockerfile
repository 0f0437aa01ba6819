FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN apt-get -qq install wget
RUN apt-get install -s postgresql-16-jit
RUN apt install -y --no-install-recommends wget
RUN apt-get purge -y --auto-remove build-essential && apt autoremove -y

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
RUN microdnf install jq-1.6

FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0
