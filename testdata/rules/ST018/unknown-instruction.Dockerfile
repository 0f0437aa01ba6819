FROM alpine:3.20
RUN apt-get update
# a line that is no instruction (a continuation backslash forgotten above) is a syntax error of its own
# (BU000), not a keyword whose casing is inconsistent
apt-get install -y curl
