FROM fedora:41
RUN dnf install -y nginx-1.26.2 && dnf clean all
