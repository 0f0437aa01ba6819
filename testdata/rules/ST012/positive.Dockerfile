FROM alpine:3.20
# expect: ST012
MAINTAINER Jane Doe <jane@example.com>
