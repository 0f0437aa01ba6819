FROM debian:12
# expect: SE002
RUN sudo apt-get update
# expect: SE002
ONBUILD RUN sudo make install
