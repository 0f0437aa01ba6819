FROM debian:12
RUN wget -q https://example.com/tool.tgz && wget --progress=dot:giga https://example.com/big.iso
