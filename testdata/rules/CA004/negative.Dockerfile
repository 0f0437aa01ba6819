FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl
# an update that nothing installs after is not this rule's case
RUN apt-get update
