# Größe: Latin-1 only, one byte per character for the lexer
FROM alpine
LABEL description="café crème"
RUN echo "naïve" \
    && echo done
