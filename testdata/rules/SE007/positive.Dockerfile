FROM debian:12
# expect: SE007
RUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash -
# expect: SE007
ONBUILD RUN sh -c "$(wget -qO- https://example.com/install.sh)"
