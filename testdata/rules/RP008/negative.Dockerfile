FROM centos:7
RUN yum install -y httpd-2.4.6 ./local.rpm && yum clean all
RUN yum groupinstall -y 'Development Tools' && yum clean all
