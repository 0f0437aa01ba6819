# Größe — not Latin-1 (an em dash), so the lexer reads UTF-16 units
FROM alpine AS émoji
LABEL description="café ☕ 🐳"
RUN echo "🐳 whale" \
    && echo done
