FROM centos:7
# expect: RP008 "pin it as httpd-VERSION (yum --showduplicates list httpd lists the versions on offer)"
RUN yum install -y httpd && yum clean all
# expect: RP008
ONBUILD RUN yum install -y git
