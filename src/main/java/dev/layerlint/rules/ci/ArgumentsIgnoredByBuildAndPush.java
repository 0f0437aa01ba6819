package dev.layerlint.rules.ci;

import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * CI009: Azure's Docker@2 task with {@code command: buildAndPush} ignores its
 * {@code arguments:} input (the task only logs a warning), so the
 * {@code --build-arg}s and {@code --cache-from} written there never reach
 * docker build.
 */
public final class ArgumentsIgnoredByBuildAndPush extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI009", "arguments-ignored-by-build-and-push",
            "Docker@2 buildAndPush silently ignores its arguments input", Severity.WARNING, List.of());

    public ArgumentsIgnoredByBuildAndPush() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            if (b.ignoredArguments == null) {
                continue;
            }
            String args = b.step.input("arguments");
            ctx.report(b.ignoredArguments, b.step.label() + " with command buildAndPush ignores arguments: "
                    + (args == null ? "" : args.strip()) + " never reaches docker build",
                    Fix.displayOnly(split(b, args)));
        }
    }

    /** The two tasks that replace it, with this task's own inputs (repository, Dockerfile, arguments). */
    private static String split(Build b, String args) {
        StringBuilder common = new StringBuilder();
        for (String key : List.of("containerRegistry", "repository", "tags")) {
            String v = b.step.input(key);
            if (v != null && !v.isBlank()) {
                common.append(", ").append(key).append(": ").append(v.strip().replace("\n", " "));
            }
        }
        String dockerfile = b.step.input("Dockerfile");
        String task = b.step.kind() + "@" + b.step.version();
        return "Split the task: " + task + " with command: build" + common
                + (dockerfile == null ? "" : ", Dockerfile: " + dockerfile.strip())
                + (args == null ? "" : ", arguments: " + args.strip()) + "; then " + task + " with command: push"
                + common;
    }
}
