# expect(+1): ST021
# The Go version
ARG GO_VERSION=1.23
