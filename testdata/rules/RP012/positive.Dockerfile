FROM opensuse/leap:15.6
# expect: RP012
RUN zypper -n dist-upgrade
# expect: RP012
ONBUILD RUN zypper -n dup
