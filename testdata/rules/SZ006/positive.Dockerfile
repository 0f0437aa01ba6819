FROM opensuse/leap:15.6
# expect: SZ006
RUN zypper -n install curl=8.6.0
# expect: SZ006
ONBUILD RUN zypper -n install git
