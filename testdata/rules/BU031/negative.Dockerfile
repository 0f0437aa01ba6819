FROM centos:7
RUN yum update -y && yum clean all
RUN set -eux; yum install -y httpd-2.4.6; rm -rf /var/cache/yum
# the last command: its status is the RUN's
RUN yum clean all; yum install -y git-1.8.3.1
# a condition: its status is read
RUN if yum install -y epel-release-7-14; then echo ok; fi

FROM debian:12-slim
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN apt-get update; apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u1; rm -rf /var/lib/apt/lists/*
