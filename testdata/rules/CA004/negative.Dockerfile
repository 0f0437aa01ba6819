FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl
# an update that nothing installs after is not this rule's case
RUN apt-get update

FROM opensuse/leap:15.6
# zypper update installs the updates: it is no index refresh left alone
RUN zypper -n update
RUN zypper -n install curl
