package dev.layerlint.pipeline;

import dev.layerlint.source.Span;

/** One {@code --build-arg NAME=VALUE} (or {@code build-args:} line) of a build: its place and its value's origin. */
public record BuildArg(String name, String value, Span span, Origin origin) {
}
