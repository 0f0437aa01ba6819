# syntax=docker/dockerfile:1
FROM alpine AS base
RUN <<EOF
echo hi
FROM not-an-instruction
# not a comment either
EOF
RUN <<-'EOT' bash && cat <<"X" > /b
	echo tab stripped
	EOT
x content $HOME
X
COPY <<A <<B /dest/
a
A
b
B
ADD <<file.txt /etc/file.txt
content
file.txt
RUN python3 <<<notheredoc
RUN ["cat", "<<EOF"]
ONBUILD RUN <<EOF
echo onbuild
EOF
RUN cat 3<<FD
fd body
FD
RUN cat << SPACED
spaced body
SPACED
RUN echo \
  <<EOF
after continuation
EOF
USER <<NOTHEREDOC
RUN <<EOF
never terminated
