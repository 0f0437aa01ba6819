FROM opensuse/leap:15.6
# expect: RP009 "curl"
RUN zypper -n install curl && zypper clean
# expect: RP009
ONBUILD RUN zypper -n install git
