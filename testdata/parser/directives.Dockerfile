# syntax=docker/dockerfile:1.7
#ESCAPE = \
# check=skip=JSONArgsRecommended;error=true
# unknownkey=ends the block
# syntax=this/is/now/just-a-comment

FROM alpine:3.20
