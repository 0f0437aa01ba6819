FROM debian:12
# expect: ST005
RUN wget https://example.com/tool.tgz
# expect: ST005
ONBUILD RUN wget https://example.com/x
