FROM nginx:1.27 AS base
HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]

FROM base
COPY site /usr/share/nginx/html
