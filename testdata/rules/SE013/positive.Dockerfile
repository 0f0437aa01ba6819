FROM debian:12-slim
# expect: SE013 "marked [trusted=yes]"
RUN echo "deb [trusted=yes] http://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list
# expect: SE013 "--allow-unauthenticated"
RUN apt-get update && apt-get install -y --allow-unauthenticated acme-tools=1.2-1
# expect: SE013 "marked [trusted=yes]"
ONBUILD RUN add-apt-repository "deb [arch=amd64 trusted=yes] https://packages.example.org/debian bookworm main"
