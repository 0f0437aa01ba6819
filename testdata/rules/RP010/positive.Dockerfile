FROM fedora:41
# expect: RP010 "nginx"
RUN dnf install -y nginx && dnf clean all
# expect: RP010
ONBUILD RUN microdnf install -y git
