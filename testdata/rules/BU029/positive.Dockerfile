FROM debian:12-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u1
RUN curl -fsSLo /tmp/setup.sh https://deb.nodesource.com/setup_22.x && bash /tmp/setup.sh
# expect: BU029 "cached by the update on line 2"
RUN apt-get install -y --no-install-recommends nodejs=22.11.0-1nodesource1

FROM base AS tools
# expect: BU029 "stage base cached"
RUN apt-get --no-install-recommends install -y binutils-riscv64-linux-gnu

FROM ubuntu:24.04
# expect: BU029 "no apt-get update before it"
ONBUILD RUN apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6
