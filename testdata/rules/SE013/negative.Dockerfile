FROM debian:12-slim
RUN curl -fsSLo /usr/share/keyrings/example.gpg https://repo.example.com/key-2024.gpg \
    && echo "deb [signed-by=/usr/share/keyrings/example.gpg] https://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list
# a local repository built in the same RUN: nothing is downloaded
RUN echo "deb [ trusted=yes ] file:///tmp/debs ./" > /etc/apt/sources.list.d/local.list
