FROM debian:12
RUN curl -fsSLo /a https://example.com/a && curl -fsSLo /b https://example.com/b

FROM debian:12
RUN wget -q https://example.com/c
