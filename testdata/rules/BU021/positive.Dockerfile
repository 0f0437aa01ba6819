FROM debian:12
# expect: BU021 "apt-get install"
RUN apt-get update && apt-get install --no-install-recommends curl
# apt asks too; once BU026's fix made it apt-get, this finding appeared as new
# expect: BU021 "apt install"
RUN apt update && apt install --no-install-recommends wget
# removing asks too: the build stops at "Do you want to continue? [Y/n]"
# expect: BU021 "apt autoremove"
RUN apt autoremove
# expect: BU021 "apt-get purge"
RUN apt-get purge --auto-remove build-essential

FROM fedora:41
# expect: BU021 "dnf install"
RUN dnf install httpd-2.4.62
# expect: BU021 "yum install"
ONBUILD RUN yum install git-2.43.5
