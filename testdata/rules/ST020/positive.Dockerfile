FROM nginx:1.27
# expect: ST020
EXPOSE 80/TCP
