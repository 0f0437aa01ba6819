FROM debian:12
RUN curl -fsSLo /a https://example.com/a
# expect: ST013
RUN wget -q https://example.com/b
# expect: ST013
ONBUILD RUN wget -q https://example.com/c
