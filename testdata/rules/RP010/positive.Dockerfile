FROM fedora:41
# expect: RP010 "pin it as nginx-VERSION (dnf --showduplicates list nginx lists the versions on offer)"
RUN dnf install -y nginx && dnf clean all
# expect: RP010
ONBUILD RUN microdnf install -y git
