package dev.layerlint.rules.correctness;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Shell;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Scope;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * BU027: ShellCheck on every shell-form RUN script (ONBUILD RUN included),
 * when asked ({@code --shellcheck} or {@code shellcheck: true}) and a
 * {@code shellcheck} binary is on PATH. Each script is checked as the shell
 * the stage uses ({@code sh} unless SHELL says bash/ksh/dash), with the ARG
 * and ENV names in scope declared so SC2154 stays quiet for them, and each
 * SC finding is mapped to its own line and column in the Dockerfile. A
 * finding answers to its SC code ({@code # hadolint ignore=SC2086} works).
 * One shellcheck process per Dockerfile.
 */
public final class ShellCheck extends BaseRule {
    private static final Set<String> DIALECTS = Set.of("sh", "bash", "dash", "ksh", "busybox");
    private static final Map<String, Optional<Path>> FOUND = new ConcurrentHashMap<>();

    public ShellCheck() {
        super(new RuleInfo("BU027", "shellcheck", "ShellCheck finds a problem in a RUN script", Severity.WARNING,
                List.of()).withOnbuild());
    }

    /** The shellcheck binary on a PATH value, or null (remembered per PATH: a file-system walk per file is waste). */
    public static Path find(String path) {
        return FOUND.computeIfAbsent(path == null ? "" : path, p -> {
            for (String dir : p.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "shellcheck");
                if (!p.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    private record Job(Scripts.RunScript run, Path file, int headerLines, String text) {
    }

    @Override
    public void check(RuleContext ctx) {
        Path binary = ctx.options().config().shellcheck();
        if (binary == null) {
            return;
        }
        List<Job> jobs = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("layerlint-sc");
            int n = 0;
            for (Scripts.RunScript r : Scripts.of(ctx)) {
                String text = r.script().text();
                if (r.run().command() instanceof ExecForm || text.isBlank() || r.script().commands().isEmpty()) {
                    continue;
                }
                String dialect = dialect(ctx, r);
                if (dialect == null) {
                    continue;
                }
                StringBuilder header = new StringBuilder("#!/bin/" + dialect + "\n");
                int lines = 1;
                for (String name : known(ctx, r)) {
                    header.append("export ").append(name).append("=1\n");
                    lines++;
                }
                Path file = dir.resolve("run" + (n++) + ".sh");
                Files.writeString(file, header + text + "\n", StandardCharsets.UTF_8);
                jobs.add(new Job(r, file, lines, text));
            }
            if (jobs.isEmpty()) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(binary.toString(), "-f", "json1", "-e",
                    "SC2187,SC1090,SC1091"));
            jobs.forEach(j -> command.add(j.file().toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return;
            }
            JsonElement root = JsonParser.parseString(new String(out, StandardCharsets.UTF_8));
            JsonArray comments = root.isJsonObject() ? root.getAsJsonObject().getAsJsonArray("comments") : null;
            if (comments == null) {
                return;
            }
            for (JsonElement e : comments) {
                JsonObject c = e.getAsJsonObject();
                String file = c.get("file").getAsString();
                for (Job j : jobs) {
                    if (j.file().toString().equals(file)) {
                        report(ctx, j, c);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // shellcheck failed or printed something unexpected: its findings are missing, the others stand
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (dir != null) {
                for (Job j : jobs) {
                    j.file().toFile().delete();
                }
                dir.toFile().delete();
            }
        }
    }

    private static void report(RuleContext ctx, Job j, JsonObject c) {
        int line = c.get("line").getAsInt() - j.headerLines();
        int endLine = c.get("endLine").getAsInt() - j.headerLines();
        if (line < 1) {
            return;
        }
        int from = offset(j.text(), line, c.get("column").getAsInt());
        int to = Math.max(from, offset(j.text(), endLine, c.get("endColumn").getAsInt()));
        String code = "SC" + c.get("code").getAsInt();
        Severity s = switch (c.get("level").getAsString()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> Severity.STYLE;
        };
        ctx.report(j.run().span(from, Math.min(to, j.text().length())), code + ": " + c.get("message").getAsString()
                + " (https://www.shellcheck.net/wiki/" + code + ")", s, List.of(code));
    }

    /** The offset in the script of a 1-based line and ShellCheck column (tabs stop every 8 columns). */
    static int offset(String text, int line, int column) {
        int i = 0;
        for (int l = 1; l < line && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                l++;
            }
        }
        int col = 1;
        while (i < text.length() && col < column && text.charAt(i) != '\n') {
            col = text.charAt(i) == '\t' ? ((col - 1) / 8 + 1) * 8 + 1 : col + 1;
            i++;
        }
        return Math.min(i, text.length());
    }

    /** The ShellCheck dialect of the stage's shell, or null for a shell it cannot check. */
    private static String dialect(RuleContext ctx, Scripts.RunScript r) {
        String shell = "sh";
        Shell sh = Stages.shellBefore(ctx, r.instruction());
        if (sh != null && sh.command() instanceof ExecForm exec && !exec.arguments().isEmpty()) {
            String prog = exec.arguments().get(0).text();
            shell = prog.substring(prog.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        }
        if (shell.equals("ash") || shell.equals("busybox")) {
            shell = "dash";
        }
        return DIALECTS.contains(shell) ? shell : null;
    }

    /** ARG and ENV names in scope at the RUN, and the proxy variables every RUN gets. */
    private static Set<String> known(RuleContext ctx, Scripts.RunScript r) {
        Set<String> names = new LinkedHashSet<>(SemanticModel.PROXY_ARGS);
        SemanticModel.PROXY_ARGS.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        Scope scope = r.onbuild() == null ? ctx.model().scopeBefore(r.run()) : ctx.model().scopeBefore(r.onbuild());
        if (scope != null) {
            scope.bindings().stream().map(Binding::name).filter(n -> n.matches("[A-Za-z_][A-Za-z0-9_]*"))
                    .forEach(names::add);
        }
        return names;
    }
}
