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
                    Fix.displayOnly("Split the task: command: build with these arguments, then command: push"));
        }
    }
}
