FROM debian:12
# expect: BU026
RUN apt update && apt-get install -y --no-install-recommends curl
# expect: BU026
ONBUILD RUN apt install -y make
# one finding per RUN, one fix for every apt in it
# expect: BU026 "apt (3 times: update, install, clean)"
RUN apt update && apt install -y --no-install-recommends make && apt clean
