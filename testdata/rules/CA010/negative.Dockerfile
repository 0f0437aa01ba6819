FROM alpine:3.20
ARG BUILD_DATE
RUN echo "$BUILD_DATE" > /build-date.txt
RUN echo 'the word date is fine here'
# other variables and commands that only start like the recorded ones
RUN echo "$RANDOM_SEED" "$(dated-release --list)" > /notes
# the date read only to compare, or to print to the build log: nothing is stored
RUN deadline=$(( $(date +%s) + 600 )) && until [ "$(date +%s)" -gt "$deadline" ]; do sleep 5; done
RUN echo "build started at $(date)"
# written literally inside single quotes: evaluated when the image runs, not frozen now
RUN echo 'echo "seed: $RANDOM $(date +%s)"' > /usr/local/bin/seed && chmod +x /usr/local/bin/seed
