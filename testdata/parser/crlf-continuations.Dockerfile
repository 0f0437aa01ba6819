# syntax=docker/dockerfile:1
FROM debian:12
RUN apt-get update && \
    # a comment inside the continuation (issue #14)
    apt-get install -y curl
RUN echo one \
# a comment at the start of the line

  	
    two
ENV A=x\\
RUN echo "blanks after the escape" \  	
    && true
LABEL a=b \
  # the last line: a comment, no line break