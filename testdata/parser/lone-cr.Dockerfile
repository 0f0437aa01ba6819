FROM alpine:3.20
# a commentwith a lone CR
  # x
RUN echo ab
EXPOSE 80443
RUN echo \
  end