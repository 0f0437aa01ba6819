FROM alpine
ENV PATH=/usr/local/bin:$PATH LANG=C.UTF-8
ENV LEGACY value with spaces
ENV QUOTED="a b" ESCAPED=a\ b SINGLE='x"y'
ENV MULTI=one \
    TWO=two
LABEL org.opencontainers.image.title="layerlint demo" version=1.0
LABEL maintainer Jane Doe <jane@example.com>
ENV NOVALUE
ENV =blank
ENV good=1 bad
ARG VERSION
ARG TAG=latest OTHER="x y"
