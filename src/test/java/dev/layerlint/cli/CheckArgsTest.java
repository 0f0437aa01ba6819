package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The fast command-line path of {@code check} (CheckCommand.parse) and
 * picocli must agree: same field values for every option, and a null (so
 * picocli decides) for anything the fast path does not handle.
 */
class CheckArgsTest {
    private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

    /** A sample value for each option of check, by the option's first name. */
    private static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("--format", "sarif");
        SAMPLES.put("--output", "out.sarif");
        SAMPLES.put("--stdin-filename", "web/Dockerfile");
        SAMPLES.put("--fail-on", "Info");
        SAMPLES.put("--color", "never");
        SAMPLES.put("--builder", "classic");
        SAMPLES.put("--context", "ctx");
        SAMPLES.put("--build-arg", "A=b=c");
        SAMPLES.put("--volatile-arg", "GIT_SHA");
        SAMPLES.put("--target", "prod");
        SAMPLES.put("--config", "conf.yaml");
        SAMPLES.put("--select", "CA,BU001");
        SAMPLES.put("--ignore", "DL3008,ST");
        SAMPLES.put("--severity", "CA009=warning");
    }

    private static Map<String, Object> state(CheckCommand c) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : CheckCommand.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                f.setAccessible(true);
                out.put(f.getName(), String.valueOf(f.get(c)));
            }
        }
        List<String> outputs = new ArrayList<>();
        for (CheckCommand.Output o : c.outputs) {
            outputs.add(o.format + ">" + o.output);
        }
        out.put("outputs", outputs);
        return out;
    }

    private static CheckCommand picocli(List<String> args) {
        CheckCommand c = new CheckCommand(Environment.system());
        CommandLine cl = new CommandLine(c);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.parseArgs(args.toArray(String[]::new));
        return c;
    }

    private static void assertSame(List<String> args) throws Exception {
        CheckCommand fast = CheckCommand.parse(Environment.system(), args, NOWHERE, NOWHERE);
        assertThat(fast).as("the fast path takes %s", args).isNotNull();
        assertThat(state(fast)).as("%s", args).isEqualTo(state(picocli(args)));
    }

    @Test
    void everyOptionParsesAsPicocliParsesIt() throws Exception {
        List<String> names = new ArrayList<>();
        for (var option : new CommandLine(new CheckCommand(Environment.system())).getCommandSpec().options()) {
            String name = option.longestName();
            if (name.equals("--help") || name.equals("--version")) {
                continue;
            }
            names.add(name);
            List<String> args = new ArrayList<>();
            if (name.equals("--output")) {
                args.addAll(List.of("--format", "json"));
            }
            if (option.arity().max() == 0) {
                args.add(name);
            } else {
                assertThat(SAMPLES).as("a sample value for %s (new option? add it to the fast path too)", name)
                        .containsKey(name);
                args.addAll(List.of(name, SAMPLES.get(name)));
            }
            args.add("Dockerfile");
            assertSame(args);
            if (option.arity().max() > 0) {
                assertSame(List.of(name.equals("--output") ? "--format=gnu" : "-", name + "=" + SAMPLES.get(name),
                        "Dockerfile"));
            }
        }
        assertThat(names).contains("--shellcheck", "--quiet", "--fix", "--format", "--severity");
    }

    @Test
    void combinationsAndRepeatsParseAsPicocliParsesThem() throws Exception {
        assertSame(List.of("-q", "--select", "CA", "--select", "BU", "--ignore", "CA009", "a", "-", "b"));
        assertSame(List.of("--format", "json", "--output", "a.json", "--format", "text", "x/Dockerfile"));
        assertSame(List.of("--build-arg", "A=1", "--build-arg", "B=", "--severity", "CA=error", "--no-shellcheck", "d"));
        assertSame(List.of("--fix", "--unsafe-fixes", "--diff", "--exit-zero", "--report-unused-ignores", "d"));
    }

    @Test
    void anythingUnusualGoesToPicocli() {
        for (List<String> args : List.<List<String>>of(List.of("--help"), List.of("-h", "d"), List.of("--version"), List.of("--bogus", "d"),
                List.of("--fail-on", "sometimes", "d"), List.of("--output", "x", "d"), List.of("--fail-on"), List.of(),
                List.of("--build-arg", "NOVALUE", "d"), List.of("--fix=true", "d"), List.of("-qz", "d"),
                List.of("--severity", "CA001=loud", "d"))) {
            assertThat(CheckCommand.parse(Environment.system(), args, NOWHERE, NOWHERE)).as("%s", args).isNull();
        }
    }
}
