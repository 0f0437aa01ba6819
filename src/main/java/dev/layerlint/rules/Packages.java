package dev.layerlint.rules;

import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * The package arguments of install commands, per package manager: the
 * positional words after the install subcommand, with each manager's
 * value-taking flags skipped.
 */
public final class Packages {
    private static final String[] APT_FLAGS = {"-o", "-c", "-t", "--target-release", "--option", "--config-file"};
    private static final String[] APK_FLAGS = {"-t", "--virtual", "-X", "--repository", "--repositories-file", "-p",
            "--root", "--arch", "--cache-dir", "--keys-dir"};
    private static final String[] RPM_FLAGS = {"-c", "--config", "--installroot", "--releasever", "-x", "--exclude",
            "--enablerepo", "--disablerepo", "--setopt", "--repo", "--repofrom", "--nodocs-only", "--forcearch",
            "-d", "--debuglevel", "-e", "--errorlevel"};
    private static final String[] ZYPPER_FLAGS = {"-t", "--type", "-r", "--repo", "--from", "-R", "--root",
            "-D", "--reposd-dir", "-C", "--cache-dir"};
    private static final String[] PIP_FLAGS = {"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i",
            "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root",
            "--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--src",
            "--upgrade-strategy", "--progress-bar", "--log", "--cache-dir", "--timeout", "--retries", "--proxy",
            "--cert", "--client-cert", "--global-option", "--install-option", "--no-binary", "--only-binary",
            "--config-settings", "-C", "--python", "--report", "--exists-action", "--keyring-provider", "--root-user-action"};
    private static final String[] NPM_FLAGS = {"--registry", "--loglevel", "--prefix", "-w", "--workspace", "--tag",
            "--cache", "--userconfig", "--omit", "--include", "--install-strategy"};
    private static final String[] GEM_FLAGS = {"-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P",
            "--trust-policy", "--platform", "-v", "--version", "--build-root", "--document"};

    private Packages() {
    }

    /** Value-taking flags of a manager (apt-get, apk, yum, dnf, microdnf, zypper, pip, npm, gem). */
    public static String[] valuedFlags(String program) {
        return switch (program) {
            case "apt-get", "apt", "aptitude" -> APT_FLAGS;
            case "apk" -> APK_FLAGS;
            case "yum", "dnf", "microdnf", "tdnf" -> RPM_FLAGS;
            case "zypper" -> ZYPPER_FLAGS;
            case "npm", "yarn", "pnpm", "bun" -> NPM_FLAGS;
            case "uv", "pipx" -> PIP_FLAGS;
            case "cargo" -> new String[] {"--version", "--vers", "--git", "--branch", "--tag", "--rev", "--path",
                "--root", "--index", "--registry", "--features", "-F", "--target", "--profile", "-j", "--jobs",
                "--bin", "--example", "--target-dir", "--config", "-Z"};
            case "composer", "composer.phar" -> new String[] {"-d", "--working-dir"};
            case "gem" -> GEM_FLAGS;
            case "go" -> new String[] {"-ldflags", "-gcflags", "-asmflags", "-tags", "-o", "-mod", "-modfile", "-C",
                "-p", "-pkgdir", "-toolexec", "-overlay", "-exec"};
            default -> isPip(program) ? PIP_FLAGS : new String[0];
        };
    }

    /** pip, pip3, pip3.12 (no regex: this is asked of every command). */
    public static boolean isPip(String program) {
        if (!program.startsWith("pip")) {
            return false;
        }
        for (int i = 3; i < program.length(); i++) {
            char c = program.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The packages of an install command ({@code subcommands}: the install
     * verbs, matched on the first positional word), or an empty list when the
     * command is not one. {@code python -m pip install} counts as pip.
     */
    public static List<ShellWord> installed(ShellCommand c, Set<String> subcommands) {
        List<ShellWord> args = c.args();
        String program = programOf(c);
        if (!program.equals(c.program())) {
            args = args.subList(2, args.size());
        }
        List<ShellWord> pos = positionals(args, valuedFlags(program));
        if (pos.size() > 1 && (program.equals("uv") && (pos.get(0).value().equals("pip") || pos.get(0).value()
                .equals("tool")) || program.equals("yarn") && pos.get(0).value().equals("global")
                || program.equals("composer") && pos.get(0).value().equals("global"))) {
            pos = pos.subList(1, pos.size()); // uv pip install, uv tool install, yarn global add
        }
        if (pos.isEmpty() || !subcommands.contains(pos.get(0).value())) {
            return List.of();
        }
        return pos.subList(1, pos.size());
    }

    /** Words that are not flags, a valued flag's separate value skipped, everything after {@code --} kept. */
    public static List<ShellWord> positionals(List<ShellWord> args, String... valued) {
        Set<String> v = Set.of(valued);
        List<ShellWord> out = new java.util.ArrayList<>();
        boolean end = false;
        for (int i = 0; i < args.size(); i++) {
            ShellWord a = args.get(i);
            if (!end && a.value().equals("--")) {
                end = true;
            } else if (!end && a.isFlag()) {
                if (v.contains(a.value()) && i + 1 < args.size()) {
                    i++;
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** pip for {@code python -m pip}, otherwise the program. */
    public static String programOf(ShellCommand c) {
        String p = c.program();
        if (p.startsWith("python") && p.substring(6).chars().allMatch(ch -> ch == '.' || Character.isDigit(ch))) {
            List<ShellWord> args = c.args();
            if (args.size() >= 2 && args.get(0).value().equals("-m") && isPip(args.get(1).value())) {
                return "pip";
            }
        }
        return p;
    }
}
