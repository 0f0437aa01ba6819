FROM alpine:3.20
ARG BUILD_DATE
RUN echo "$BUILD_DATE" > /build-date.txt
RUN echo 'the word date is fine here'
# other variables and commands that only start like the recorded ones
RUN echo "$RANDOM_SEED" "$(dated-release --list)" > /notes
