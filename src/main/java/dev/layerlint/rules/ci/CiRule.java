package dev.layerlint.rules.ci;

import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.MappedText;
import dev.layerlint.pipeline.ShellBuilds;
import dev.layerlint.pipeline.Step;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.shell.ShellCommand;
import java.util.ArrayList;
import java.util.List;

/** A pipeline rule's metadata, and what CI rules share: a build's name in messages, shell commands of steps. */
abstract class CiRule implements PipelineRule {
    private final RuleInfo info;

    CiRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    /** A build named for a message: its tool and the line it starts on ("docker build (line 12)"). */
    static String name(Build b) {
        return b.tool + " (line " + b.span.startLine() + ")";
    }

    /** A shell command of a step, with the text that maps its words to the file. */
    record Command(Step step, ShellCommand command, MappedText text) {
        int fileStart() {
            return text.offset(command.start());
        }
    }

    /** The shell commands of these steps, in order. */
    static List<Command> commands(List<Step> steps) {
        List<Command> out = new ArrayList<>();
        for (Step s : steps) {
            for (MappedText t : s.scripts()) {
                for (ShellCommand c : ShellBuilds.parse(t, s.powershell()).commands()) {
                    out.add(new Command(s, c, t));
                }
            }
        }
        return out;
    }

    /** A reference as written, without quotes and braces ({@code "${IMAGE}:latest"} is {@code $IMAGE:latest}). */
    static String normal(String ref) {
        return ref.replace("\"", "").replace("'", "").replace("${", "$").replace("}", "").strip();
    }
}
