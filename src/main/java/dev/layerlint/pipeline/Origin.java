package dev.layerlint.pipeline;

/**
 * Where a build argument's value comes from and how often it changes:
 * {@code PER_RUN} (a build id, a commit SHA, a date, a fresh token from an
 * auth task: different on every run), {@code SECRET} (a stored secret:
 * stable but not to be baked into an image), {@code VARIABLE} (a variable
 * the file does not resolve), {@code CONSTANT} (literal text).
 * {@code why} says it in words, naming the source ("$(Build.BuildId), a
 * build number"); {@code via} is the step that produces it, when one does.
 */
public record Origin(Kind kind, String why, Step via) {
    public enum Kind { PER_RUN, SECRET, VARIABLE, CONSTANT }

    public static Origin constant() {
        return new Origin(Kind.CONSTANT, "", null);
    }

    public boolean perRun() {
        return kind == Kind.PER_RUN;
    }
}
