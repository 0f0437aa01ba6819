FROM centos:7
# expect: BU031 "yum update"
RUN yum update -y; yum clean all
# expect: BU031 "yum install"
RUN yum install -y httpd-2.4.6; rm -rf /var/cache/yum

FROM debian:12-slim
# expect(+3): BU031 "apt-get install"
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u1
rm -rf /var/lib/apt/lists/*
EOF
# expect: BU031 "dnf install"
ONBUILD RUN if [ -f /etc/redhat-release ]; then dnf install -y rhc; echo done; fi
