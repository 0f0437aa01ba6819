FROM debian:12
RUN sleep 30 & pid=$!; kill $pid
CMD ["nginx", "-g", "daemon off;"]
