FROM debian:12
# expect: SZ009
RUN useradd -u 123456789 app
# expect: SZ009
ONBUILD RUN useradd --uid 100000 app
