package dev.layerlint.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.layerlint.json.JsonText;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rules.Registry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleInfo> rows = Registry.infos();
        if (format == Format.JSON) {
            JsonArray all = new JsonArray();
            for (RuleInfo r : rows) {
                JsonObject o = new JsonObject();
                o.addProperty("code", r.code());
                o.addProperty("name", r.name());
                o.addProperty("severity", r.severity().label());
                o.addProperty("category", r.category().label());
                o.addProperty("enabled", r.onByDefault());
                o.addProperty("fixable", r.fixable());
                JsonArray aliases = new JsonArray();
                r.aliases().forEach(aliases::add);
                o.add("aliases", aliases);
                o.addProperty("summary", r.summary());
                all.add(o);
            }
            JsonText.write(all, out, JsonText.PLAIN);
            out.println();
        } else {
            int nameWidth = rows.stream().mapToInt(r -> r.name().length()).max().orElse(10);
            out.printf("%-6s %-" + nameWidth + "s %-8s %-16s %-4s %s%n", "CODE", "NAME", "SEVERITY", "CATEGORY", "FIX",
                    "ALIASES");
            for (RuleInfo r : rows) {
                String severity = r.onByDefault() ? r.severity().label() : "off";
                String line = String.format("%-6s %-" + nameWidth + "s %-8s %-16s %-4s %s", r.code(),
                        r.name(), severity, r.category().label(), r.fixable() ? "yes" : "",
                        String.join(", ", r.aliases()));
                out.println(line.stripTrailing());
            }
            out.println();
            out.println(rows.size() + " rules. 'layerlint rule CODE' shows one rule's documentation.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
