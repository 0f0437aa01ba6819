# Every row of the instruction table (InstructionSyntax): too few arguments,
# flags validated or ignored, exec form tried or not, heredocs taken or not,
# ONBUILD triggers allowed or not.
ARG
ARG --anything=1 VERSION=1.0
FROM
FROM --platform=linux/amd64 alpine:3.20 AS base
FROM --platform alpine:3.20
RUN
RUN --mount=type=cache,target=/x --mount=type=bind,target=/y true
RUN --network=none --network=host true
RUN --netwrk=none true
RUN ["<<EOF", "x"]
RUN <<'EOF
CMD
CMD ["a", 1]
ENTRYPOINT
SHELL
SHELL []
SHELL /bin/sh -c
HEALTHCHECK
HEALTHCHECK --retries=3 --intervl=5s CMD true
COPY
COPY onlyone
COPY --link --link=TRUE --link=maybe --parents --exclude=a --exclude=b a /b
COPY ["<<EOF", "/x"]
ADD --from=base a /b
ADD --keep-git-dir --unpack=false --checksum=sha256:0 a /b
ENV
LABEL
ENV A <<EOF
EXPOSE
EXPOSE --x 80
VOLUME
VOLUME []
VOLUME ["<<EOF"]
USER
USER --x app
WORKDIR
STOPSIGNAL
STOPSIGNAL --x SIGTERM
MAINTAINER
ONBUILD
ONBUILD ONBUILD RUN true
ONBUILD FROM alpine
ONBUILD MAINTAINER me
ONBUILD RUN <<EOF
echo hi
EOF
ONBUILD COPY ["<<EOF", "/x"]
ONBUILD LABEL a=<<EOF
