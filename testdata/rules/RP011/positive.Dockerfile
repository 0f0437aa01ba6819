FROM golang:1.23
# expect: RP011 "gopls"
RUN go install golang.org/x/tools/gopls@latest
# expect: RP011
ONBUILD RUN go install github.com/go-delve/delve/cmd/dlv
