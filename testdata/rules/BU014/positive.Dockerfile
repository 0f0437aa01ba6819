FROM debian:12
# expect: BU014
RUN ln -sf /bin/bash /bin/sh
# expect: BU014
ONBUILD RUN ln -sf /bin/bash /bin/sh
