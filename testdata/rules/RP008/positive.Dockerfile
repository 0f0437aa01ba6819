FROM centos:7
# expect: RP008 "httpd"
RUN yum install -y httpd && yum clean all
# expect: RP008
ONBUILD RUN yum install -y git
