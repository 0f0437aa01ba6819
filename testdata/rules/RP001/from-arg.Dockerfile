# a base image behind a global ARG: its default is what a build without --build-arg uses
ARG BASE=repo/image
ARG TOOLS
# expect: RP001 "$BASE (repo/image by its default, ARG BASE=repo/image) has no tag"
FROM $BASE
# no default: the image is chosen at build time
FROM $TOOLS
