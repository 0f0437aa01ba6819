FROM rust:1.82
RUN cargo install ripgrep@14.1.1 && cargo install --version 8.5.3 cargo-watch && cargo install --path .
