FROM rust:1.82
# expect: RP015 "ripgrep"
RUN cargo install ripgrep
# expect: RP015
ONBUILD RUN cargo install cargo-watch
