FROM golang:1.23
# expect: RP011 "golang.org/x/tools/gopls@latest is installed without a version: the layer caches whatever was current when it was built, and the next cache miss installs something else; pin it as golang.org/x/tools/gopls@VERSION (go list -m -versions golang.org/x/tools/gopls lists"
RUN go install golang.org/x/tools/gopls@latest
# expect: RP011
ONBUILD RUN go install github.com/go-delve/delve/cmd/dlv
