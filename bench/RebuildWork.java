import dev.layerlint.cli.Environment;
import dev.layerlint.cli.Main;
import dev.layerlint.cache.Ecosystem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs `layerlint explain --format json` on each file named on the command
 * line, in one JVM (a JVM per file takes the corpus from minutes to most of
 * an hour), and prints one line per file: the path, a tab, then explain's
 * JSON on one line (or "ERROR <exit code> <first line of stderr>").
 * Used by bench/rebuild-work.py:
 *   java -cp target/layerlint.jar bench/RebuildWork.java [--context DIR | --manifests DIR] FILE...
 * --manifests DIR fills the (empty) folder DIR with an empty file for every
 * manifest and lock file name that cache/Ecosystem knows (no globs, no
 * folders) and a source file, then uses it as the context: the corpus has
 * no build contexts, and fixes that copy the manifests first apply only
 * when the context holds them.
 */
public class RebuildWork {
    public static void main(String[] args) throws IOException {
        int first = 0;
        String context = null;
        if (args.length >= 2 && (args[0].equals("--context") || args[0].equals("--manifests"))) {
            context = args[1];
            first = 2;
            if (args[0].equals("--manifests")) {
                Path dir = Path.of(context);
                for (Ecosystem e : Ecosystem.values()) {
                    for (String m : e.manifests()) {
                        if (!m.contains("*") && !m.endsWith("/") && !Files.exists(dir.resolve(m))) {
                            Files.writeString(dir.resolve(m), "");
                        }
                    }
                }
                Files.writeString(dir.resolve("main.src"), "");
            }
        }
        for (int k = first; k < args.length; k++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] explain = context == null
                    ? new String[] {"explain", "--format", "json", "--color", "never", args[k]}
                    : new String[] {"explain", "--format", "json", "--color", "never", "--context", context, args[k]};
            int code = Main.run(explain, Environment.system(), new PrintWriter(out), new PrintWriter(err));
            String json = out.toString().replace('\n', ' ');
            if (code != 0 || json.isBlank()) {
                String why = err.toString().strip().lines().findFirst().orElse("");
                System.out.println(args[k] + "\tERROR " + code + " " + why);
            } else {
                System.out.println(args[k] + "\t" + json);
            }
        }
        System.out.flush();
    }
}
