package dev.layerlint.rules.security;

import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Instruction;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SE008: {@code chmod 777} (or any mode that lets others write, without the
 * sticky bit) in a RUN or a {@code COPY/ADD --chmod}: every process in the
 * container, whatever its user, can replace those files.
 */
public final class WorldWritablePermissions extends BaseRule {
    private static final Pattern NUMERIC = Pattern.compile("0?[0-7]?[0-7][0-7][2367]");
    private static final Pattern SYMBOLIC = Pattern.compile("([ugo]*[ao][ugo]*|)[+=][rwxXst]*w[rwxXst]*(,.*)?|.*,[ao]+[+=][rwxXst]*w.*");

    public WorldWritablePermissions() {
        super(new RuleInfo("SE008", "world-writable-permissions", "chmod makes files writable by every user",
                Severity.WARNING, List.of()).withOnbuild());
    }

    static boolean worldWritable(String mode) {
        if (NUMERIC.matcher(mode).matches()) {
            return !(mode.length() == 4 && "1357".indexOf(mode.charAt(0)) >= 0); // sticky bit: /tmp-style
        }
        return SYMBOLIC.matcher(mode).matches() && !mode.contains("t");
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "chmod")) {
            List<ShellWord> pos = at.command().positionals("--reference");
            if (!pos.isEmpty() && worldWritable(pos.get(0).value())) {
                ctx.report(at.in().span(pos.get(0)), message(pos.get(0).value()));
            }
        }
        for (Instruction outer : ctx.file().instructions()) {
            Flag chmod = Stages.unwrap(outer).flag("chmod");
            if (chmod != null && chmod.hasValue() && worldWritable(chmod.value())) {
                ctx.report(chmod.span(), message(chmod.value()));
            }
        }
    }

    private static String message(String mode) {
        return "mode " + mode + " lets every user in the container write these files: any compromised process can"
                + " replace the app's code; give write access to the owner only (755/644, or chown to the app user)";
    }
}
