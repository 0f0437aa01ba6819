FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum install -y git-1.8.3 && rm -rf /var/cache/yum
