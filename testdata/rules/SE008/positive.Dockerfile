FROM node:22-slim
# expect: SE008 "777"
RUN chmod -R 777 /app
# expect: SE008
COPY --chmod=666 config.json /app/
# expect: SE008
ONBUILD RUN chmod a+rwx /data
