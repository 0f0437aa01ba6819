package dev.layerlint.rules;

import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.shell.ShellWord;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RUN scripts of a file, ONBUILD RUN triggers included, each with its
 * stage and a way back from a shell word to its place in the Dockerfile.
 * Scripts of stages whose SHELL is not POSIX are empty here (the rules that
 * read them read POSIX shell syntax); the cache model's step holds their
 * loose cmd or PowerShell reading.
 */
public final class Scripts {
    /** By RUN, then by position in its script (a class: Comparator.comparing's lambdas are spun on every start). */
    private static final Comparator<At> SOURCE_ORDER = new Comparator<>() {
        @Override
        public int compare(At a, At b) {
            int byRun = Integer.compare(a.in().run().span().start(), b.in().run().span().start());
            return byRun != 0 ? byRun : Integer.compare(a.command().start(), b.command().start());
        }
    };

    private static final Object KEY = new Object();
    private static final Object INDEX = new Object();
    private static final Object BY_STAGE = new Object();
    private static final Object BY_RUN = new Object();

    /** One RUN's script; {@code onbuild} is the ONBUILD that wraps it, or null. */
    public record RunScript(Run run, Onbuild onbuild, Stage stage, ShellScript script) {
        /** The instruction as written (the ONBUILD for a trigger). */
        public Instruction instruction() {
            return onbuild != null ? onbuild : run;
        }

        /** Where a word of the script is in the source (the RUN keyword when it cannot be mapped). */
        public Span span(ShellWord word) {
            return span(word.start(), word.end());
        }

        /** Where a command is, from its program word to its last argument. */
        public Span span(ShellCommand command) {
            List<ShellWord> words = command.effectiveWords().isEmpty() ? command.words() : command.effectiveWords();
            if (words.isEmpty()) {
                return run.keyword().span();
            }
            return span(words.get(0).start(), words.get(words.size() - 1).end());
        }

        public Span span(int from, int to) {
            if (run.command() instanceof ShellForm shell) {
                // a script that is one heredoc's body (RUN <<EOT) counts from the body, not from the RUN's text:
                // test that first, or a word of the body lands on the "<<EOT" of the RUN line
                List<Heredoc> docs = run.heredocs();
                if (docs.size() == 1 && script.text().equals(docs.get(0).body())
                        && !script.text().equals(shell.text())) {
                    Span body = docs.get(0).bodySpan();
                    var source = shell.logical().source();
                    if (!docs.get(0).chomp() && body.start() + to <= source.length()) {
                        return source.span(body.start() + from, body.start() + to);
                    }
                    return run.keyword().span(); // <<- strips tabs: the offsets do not map
                }
                if (to <= shell.text().length()) {
                    return shell.logical().span(from, to);
                }
            }
            return run.keyword().span();
        }
    }

    private Scripts() {
    }

    public static List<RunScript> of(RuleContext ctx) {
        return ctx.memo(KEY, () -> {
            List<RunScript> out = new ArrayList<>();
            for (Stage stage : ctx.model().stages()) {
                for (Instruction i : stage.instructions()) {
                    if (i instanceof Run run) {
                        ShellScript script = ctx.cache().step(run).script();
                        out.add(new RunScript(run, null, stage, script.isPosix() ? script : ShellScript.empty()));
                    } else if (i instanceof Onbuild ob && ob.trigger() instanceof Run run) {
                        out.add(new RunScript(run, ob, stage, ctx.model().script(run)));
                    }
                }
            }
            return out;
        });
    }

    /** The RUN scripts of one stage, in order. */
    public static List<RunScript> of(RuleContext ctx, Stage stage) {
        Map<Stage, List<RunScript>> byStage = ctx.memo(BY_STAGE, () -> {
            Map<Stage, List<RunScript>> m = new IdentityHashMap<>();
            for (RunScript r : of(ctx)) {
                m.computeIfAbsent(r.stage(), k -> new ArrayList<>()).add(r);
            }
            return m;
        });
        return byStage.getOrDefault(stage, List.of());
    }

    /** The script of a RUN (or of an ONBUILD's RUN trigger), or null. */
    public static RunScript of(RuleContext ctx, Run run) {
        Map<Run, RunScript> byRun = ctx.memo(BY_RUN, () -> {
            Map<Run, RunScript> m = new IdentityHashMap<>();
            for (RunScript r : of(ctx)) {
                m.put(r.run(), r);
            }
            return m;
        });
        return byRun.get(run);
    }

    /** Each command of each script, with its script. */
    public record At(RunScript in, ShellCommand command) {
    }

    /**
     * Every command of the file's scripts (no programs given), or those
     * running one of the programs, in source order. The commands are indexed
     * by program once per file, so a rule asking for apt-get does not walk
     * every command of every RUN again.
     */
    public static List<At> commands(RuleContext ctx, String... programs) {
        Map<String, List<At>> index = ctx.memo(INDEX, () -> {
            Map<String, List<At>> byProgram = new HashMap<>();
            List<At> all = new ArrayList<>();
            for (RunScript r : of(ctx)) {
                for (ShellCommand c : r.script().commands()) {
                    At at = new At(r, c);
                    all.add(at);
                    byProgram.computeIfAbsent(c.program(), k -> new ArrayList<>()).add(at);
                }
            }
            byProgram.put("", all); // the key no program has: every command
            return byProgram;
        });
        if (programs.length == 0) {
            return index.get("");
        }
        if (programs.length == 1) {
            return index.getOrDefault(programs[0], List.of());
        }
        List<At> out = new ArrayList<>();
        for (String p : programs) {
            out.addAll(index.getOrDefault(p, List.of()));
        }
        out.sort(SOURCE_ORDER);
        return out;
    }
}
