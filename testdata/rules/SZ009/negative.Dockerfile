FROM debian:12
RUN useradd -l -u 123456789 app && useradd -u 1000 web
