FROM fedora:41
# expect: SZ007
RUN dnf install -y nginx-1.26.2
# expect: SZ007
ONBUILD RUN microdnf install -y git
