package dev.layerlint.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.layerlint.rule.Rule;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rules.Registry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code layerlint rules}: every rule with its code, name, severity, category, fixability and aliases. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List every rule: code, name, default severity, category, whether --fix can fix it, and the"
                + " hadolint/BuildKit codes it answers to. Rules marked 'off' run only when selected."})
final class RulesCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text).")
    Format format = Format.TEXT;

    /** One row of the listing. */
    record Row(RuleInfo info, boolean fixable) {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (RuleInfo info : Registry.infos()) {
            Rule rule = Registry.rule(info.code());
            rows.add(new Row(info, rule != null && rule.fixable()));
        }
        return rows;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Row> rows = rows();
        if (format == Format.JSON) {
            JsonArray all = new JsonArray();
            for (Row r : rows) {
                JsonObject o = new JsonObject();
                o.addProperty("code", r.info().code());
                o.addProperty("name", r.info().name());
                o.addProperty("severity", r.info().severity().label());
                o.addProperty("category", r.info().category().label());
                o.addProperty("enabled", r.info().onByDefault());
                o.addProperty("fixable", r.fixable());
                JsonArray aliases = new JsonArray();
                r.info().aliases().forEach(aliases::add);
                o.add("aliases", aliases);
                o.addProperty("summary", r.info().summary());
                all.add(o);
            }
            dev.layerlint.json.JsonText.write(all, out, dev.layerlint.json.JsonText.PLAIN);
            out.println();
        } else {
            int nameWidth = rows.stream().mapToInt(r -> r.info().name().length()).max().orElse(10);
            out.printf("%-6s %-" + nameWidth + "s %-8s %-16s %-4s %s%n", "CODE", "NAME", "SEVERITY", "CATEGORY", "FIX",
                    "ALIASES");
            for (Row r : rows) {
                String severity = r.info().onByDefault() ? r.info().severity().label() : "off";
                String line = String.format("%-6s %-" + nameWidth + "s %-8s %-16s %-4s %s", r.info().code(),
                        r.info().name(), severity, r.info().category().label(), r.fixable() ? "yes" : "",
                        String.join(", ", r.info().aliases()));
                out.println(line.stripTrailing());
            }
            out.println();
            out.println(rows.size() + " rules. 'layerlint rule CODE' shows one rule's documentation.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
