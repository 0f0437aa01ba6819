FROM node:22-slim
RUN chmod -R 755 /app && chmod 1777 /scratch && chmod u+w /app/cache
COPY --chmod=644 config.json /app/
