package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The fast command-line path of {@code check} (CheckArgs.parse) and picocli
 * (whose model CheckSpec builds from the same table) must agree: same values
 * for every option, and a null (so picocli decides) for anything the fast
 * path does not handle.
 */
class CheckArgsTest {
    /** A sample value for each option of check, by the option's long name. */
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

    private static Map<String, Object> state(CheckOptions c) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : CheckOptions.class.getDeclaredFields()) {
            f.setAccessible(true);
            out.put(f.getName(), String.valueOf(f.get(c)));
        }
        List<String> outputs = new ArrayList<>();
        for (CheckOptions.Output o : c.outputs) {
            outputs.add(o.format + ">" + o.output);
        }
        out.put("outputs", outputs);
        return out;
    }

    private static CommandLine commandLine() {
        CommandLine cl = new CommandLine(CheckCommand.spec(Environment.system()));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    private static CheckOptions picocli(List<String> args) {
        return CheckSpec.options(commandLine().parseArgs(args.toArray(String[]::new)));
    }

    private static void assertSame(List<String> args) throws Exception {
        CheckOptions fast = CheckArgs.parse(args);
        assertThat(fast).as("the fast path takes %s", args).isNotNull();
        assertThat(state(fast)).as("%s", args).isEqualTo(state(picocli(args)));
    }

    @Test
    void everyOptionParsesAsPicocliParsesIt() throws Exception {
        List<String> names = new ArrayList<>();
        for (var option : commandLine().getCommandSpec().options()) {
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
                assertThat(SAMPLES).as("a sample value for %s", name).containsKey(name);
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
    void valuesAreThoseOfPicocliConverters() {
        // both paths store values through CheckOption.apply; picocli's own typed values must say the same
        CommandLine cl = commandLine();
        var result = cl.parseArgs("--fail-on", "Info", "--builder", "CLASSIC", "--color", "never", "--severity",
                "CA009=Warning", "--build-arg", "A=b=c", "--select", "CA,BU001", "--no-shellcheck", "d");
        CheckOptions o = CheckSpec.options(result);
        assertThat((Object) result.matchedOptionValue("--fail-on", null)).isEqualTo(o.failOn);
        assertThat((Object) result.matchedOptionValue("--builder", null)).isEqualTo(o.builder);
        assertThat((Object) result.matchedOptionValue("--color", null)).isEqualTo(o.color);
        assertThat((Object) result.matchedOptionValue("--severity", null)).isEqualTo(o.severities);
        assertThat((Object) result.matchedOptionValue("--build-arg", null)).isEqualTo(o.buildArgs);
        assertThat((Object) result.matchedOptionValue("--select", null)).isEqualTo(o.select);
        assertThat(o.shellcheck).isFalse();
        assertThat(o.given).containsExactlyInAnyOrder(CheckOption.FAIL_ON, CheckOption.BUILDER, CheckOption.COLOR,
                CheckOption.SEVERITY, CheckOption.BUILD_ARG, CheckOption.SELECT, CheckOption.SHELLCHECK);
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
                List.of("--severity", "CA001=loud", "d"), List.of("--", "d"),
                List.of("--format", "gnu", "--output", "a", "--output", "b", "d"))) {
            assertThat(CheckArgs.parse(args)).as("%s", args).isNull();
        }
    }
}
