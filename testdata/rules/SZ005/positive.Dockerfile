FROM centos:7
# expect: SZ005
RUN yum install -y httpd-2.4.6
# expect: SZ005
ONBUILD RUN yum install -y git
