# GO_VERSION sets the Go toolchain version.
ARG GO_VERSION=1.23
# build compiles the binary.
FROM golang:${GO_VERSION} AS build

# an ARG with no name is a syntax error of its own, not an undocumented definition
ARG
