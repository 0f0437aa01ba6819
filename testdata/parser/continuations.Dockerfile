FROM debian:12
RUN apt-get update \
# a comment line inside the continuation is dropped
    && apt-get install -y \
        curl \

        git \
    # an indented comment line too
    && rm -rf /var/lib/apt/lists/*
ENV A=trailing\\
ENV B=not-continued
RUN echo hello  \  
world
RUN echo end \
