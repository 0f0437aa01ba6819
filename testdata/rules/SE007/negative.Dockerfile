FROM debian:12
RUN curl -fsSLo /tmp/setup.sh https://deb.nodesource.com/setup_22.x \
    && echo "0123abcd  /tmp/setup.sh" | sha256sum -c - \
    && bash /tmp/setup.sh
