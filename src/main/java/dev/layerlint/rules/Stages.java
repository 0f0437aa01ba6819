package dev.layerlint.rules;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.User;
import dev.layerlint.ast.Workdir;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.shell.ShellCommand;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Small questions about stages that several rules ask. */
public final class Stages {
    /** The source-to-image language images (see {@link #imageAccount}), by repository path. */
    private static final Pattern S2I_IMAGE = Pattern.compile(
            "(^|/)(ubi\\d+|rhel\\d+|rhscl|sclorg|centos\\d*)/(python|nodejs|ruby|php|perl)-\\d[a-z0-9.-]*$");

    private Stages() {
    }

    private static final Object FACTS = new Object();

    /**
     * What a stage inherits from the stages it is built on, computed once per
     * file in stage order (a walk of the whole chain for every stage would be
     * quadratic on a long chain of FROM stage): its root stage, whether a
     * WORKDIR was set before it, and the SHELL in force when it starts.
     */
    public record Inherited(Stage root, boolean workdir, Shell shell) {
    }

    public static Inherited inherited(RuleContext ctx, Stage stage) {
        Map<Stage, Inherited> facts = ctx.memo(FACTS, () -> {
            Map<Stage, Inherited> m = new IdentityHashMap<>();
            Map<Stage, Inherited> atEnd = new IdentityHashMap<>();
            for (Stage s : ctx.model().stages()) {
                Inherited base = s.baseStage() == null ? null : atEnd.get(s.baseStage());
                Inherited start = base != null ? base : new Inherited(s, false, null);
                m.put(s, start);
                boolean workdir = start.workdir();
                Shell shell = start.shell();
                for (Instruction i : s.instructions()) {
                    workdir |= i instanceof Workdir;
                    if (i instanceof Shell sh) {
                        shell = sh;
                    }
                }
                atEnd.put(s, new Inherited(start.root(), workdir, shell));
            }
            return m;
        });
        return facts.get(stage);
    }

    private static final Object SHELLS = new Object();

    /** The SHELL instruction in force just before an instruction (inherited through FROM stage), or null. */
    public static Shell shellBefore(RuleContext ctx, Instruction at) {
        Map<Instruction, Shell> before = ctx.memo(SHELLS, () -> {
            Map<Instruction, Shell> m = new IdentityHashMap<>();
            for (Stage s : ctx.model().stages()) {
                Shell shell = inherited(ctx, s).shell();
                for (Instruction i : s.instructions()) {
                    if (shell != null) {
                        m.put(i, shell);
                    }
                    if (i instanceof Shell sh) {
                        shell = sh;
                    }
                }
            }
            return m;
        });
        return before.get(at);
    }

    private static final Object USERS = new Object();

    /**
     * The user a step runs as: the USER in force just before it (inherited
     * through FROM stage), its variables expanded, without the group; null
     * when no USER of this file is in force (the base image's user, root for
     * nearly every image).
     */
    public static String userBefore(RuleContext ctx, Instruction at) {
        Map<Instruction, User> before = ctx.memo(USERS, () -> {
            Map<Instruction, User> m = new IdentityHashMap<>();
            Map<Stage, User> atEnd = new IdentityHashMap<>();
            for (Stage s : ctx.model().stages()) {
                User user = s.baseStage() == null ? null : atEnd.get(s.baseStage());
                for (Instruction i : s.instructions()) {
                    if (user != null) {
                        m.put(i, user);
                    }
                    if (i instanceof User u && u.argument() != null) {
                        user = u;
                    }
                }
                if (user != null) {
                    atEnd.put(s, user);
                }
            }
            return m;
        });
        User user = before.get(at);
        if (user == null) {
            return null;
        }
        String name = ctx.model().expand(user, user.argument().text()).value();
        if (name == null) { // an expansion error: the text as written
            name = user.argument().text();
        }
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(0, colon) : name).strip();
    }

    /** Whether a user (as {@link #userBefore} gives it) is root: none, {@code root} or uid 0. */
    public static boolean isRoot(String user) {
        return user == null || user.equals("root") || user.equals("0");
    }

    /**
     * Who a step runs as, as far as this file says: the user
     * ({@link #userBefore}; null for root), its home ({@code $HOME} when an
     * ENV sets it, {@code /root} for root, else the home a
     * {@code useradd}/{@code adduser} in the file gives that user:
     * {@code -d}/{@code --home-dir}/{@code --home}, or {@code /home/NAME},
     * the default of both; null when the file does not say) and its numeric
     * uid (null when not known).
     */
    public record Account(String user, String home, String uid) {
    }

    public static Account accountBefore(RuleContext ctx, Instruction at) {
        var scope = ctx.model().scopeBefore(at);
        String envHome = scope == null ? null : scope.value("HOME");
        if (envHome != null && (envHome.isBlank() || envHome.contains("$"))) {
            envHome = null;
        }
        String user = userBefore(ctx, at);
        Stage stage = ctx.model().stageOf(at);
        Account image = stage == null ? null : imageAccount(inherited(ctx, stage).root());
        if (user == null && image != null) {
            user = image.user(); // no USER in this file: the image's own
        }
        if (isRoot(user)) {
            return new Account(user, envHome != null ? envHome : "/root", "0");
        }
        String numeric = Text.isDigits(user) ? user : null;
        for (Scripts.At a : Scripts.commands(ctx, "useradd", "adduser")) {
            var c = a.command();
            String[] valued = {"-d", "--home-dir", "--home", "-h", "-u", "--uid", "-g", "--gid", "-G", "--groups",
                "--ingroup", "-s", "--shell", "-c", "--comment", "-k", "--skel", "-e", "--expiredate", "-f",
                "--inactive", "-K", "--key", "-p", "--password", "-R", "--root", "-Z", "--selinux-user",
                "--gecos"};
            var names = c.positionals(valued);
            if (names.isEmpty()) {
                continue;
            }
            String login = expandIn(ctx, a, names.get(0).value());
            String uid = expandIn(ctx, a, c.flagValue("-u", "--uid"));
            if (!login.equals(user) && !user.equals(uid)) {
                continue;
            }
            String dir = c.flagValue("-d", "--home-dir", "--home");
            if (dir == null && c.isProgram("adduser")) {
                dir = c.flagValue("-h");
            }
            String home = envHome != null ? envHome : dir != null && !dir.contains("$") ? dir : "/home/" + login;
            return new Account(user, home, uid != null && Text.isDigits(uid) ? uid : numeric);
        }
        if (image != null && (user.equals(image.user()) || user.equals(image.uid()))) {
            return new Account(user, envHome != null ? envHome : image.home(), image.uid());
        }
        return new Account(user, envHome, numeric);
    }

    /**
     * Base images known to run as a user other than root: the Red Hat and
     * Software Collections language images built for source-to-image
     * ({@code registry.access.redhat.com/ubi9/python-311},
     * {@code ubi8/nodejs-20-minimal}, {@code quay.io/sclorg/ruby-33-c9s}, ...)
     * end with {@code USER 1001} (the user {@code default}) and set
     * {@code HOME=/opt/app-root/src}, so a
     * RUN before any USER of the file installs into that home. Null for any
     * other image (root, as for nearly every image) and for a stage not built
     * on an image.
     */
    static Account imageAccount(Stage root) {
        if (!root.hasImageBase()) {
            return null;
        }
        String ref = root.baseImage().toLowerCase(Locale.ROOT);
        int at = ref.indexOf('@');
        ref = at < 0 ? ref : ref.substring(0, at);
        int colon = ref.indexOf(':', ref.lastIndexOf('/') + 1);
        String path = colon < 0 ? ref : ref.substring(0, colon);
        return S2I_IMAGE.matcher(path).find() ? new Account("default", "/opt/app-root/src", "1001") : null;
    }


    /** A shell word's variables as the builder would have them in the RUN's environment (ARG/ENV). */
    private static String expandIn(RuleContext ctx, Scripts.At a, String word) {
        if (word == null || !word.contains("$") || a.in().run() == null) {
            return word;
        }
        return ctx.model().expand(a.in().run(), word).value();
    }

    /** The stage and the stages it is built on, nearest first. */
    public static List<Stage> chain(Stage stage) {
        List<Stage> out = new ArrayList<>();
        // a base stage always comes earlier in the file, so the indices fall: no cycle to guard against with
        // a contains() per step (quadratic on a long chain)
        for (Stage s = stage; s != null && (out.isEmpty() || s.index() < out.get(out.size() - 1).index());
                s = s.baseStage()) {
            out.add(s);
        }
        return out;
    }

    /** Whether the stage is built (through its base stages) on {@code scratch}, whose working directory is / for good. */
    public static boolean onScratch(RuleContext ctx, Stage stage) {
        Stage root = inherited(ctx, stage).root();
        return root.baseStage() == null && root.baseImage() != null && root.baseImage().equalsIgnoreCase("scratch");
    }

    /** The instructions of a stage of one type (ONBUILD triggers not included). */
    public static <T extends Instruction> List<T> of(Stage stage, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Instruction i : stage.instructions()) {
            if (type.isInstance(i)) {
                out.add(type.cast(i));
            }
        }
        return out;
    }

    /** The instructions of a stage of one type, and ONBUILD triggers of that type (as their ONBUILD). */
    public static List<Instruction> withTriggers(Stage stage, Class<? extends Instruction> type) {
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : stage.instructions()) {
            if (type.isInstance(i) || i instanceof Onbuild ob && type.isInstance(ob.trigger())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether the stage is built on a Windows image (servercore, nanoserver, windows), where the shell is cmd. */
    public static boolean isWindows(Stage stage) {
        return stage.isWindows();
    }

    private static final Object SYSTEMS = new Object();

    /**
     * The system package manager of a stage's image, nearest first along its
     * chain of base stages: the one a RUN of the stage calls ({@code apk add}
     * means Alpine), else the one its base image is known by
     * ({@link Ecosystem#ofImage}); null when neither tells.
     */
    public static Ecosystem system(RuleContext ctx, Stage stage) {
        Map<Stage, Ecosystem> known = ctx.memo(SYSTEMS, () -> new IdentityHashMap<>());
        if (known.containsKey(stage)) {
            return known.get(stage);
        }
        Ecosystem found = null;
        for (Stage s : chain(stage)) {
            for (Scripts.RunScript r : Scripts.of(ctx, s)) {
                for (ShellCommand c : r.script().commands()) {
                    Ecosystem e = Ecosystem.ofProgram(c);
                    if (e != null && e.isSystemPackageManager()) {
                        found = e;
                        break;
                    }
                }
                if (found != null) {
                    break;
                }
            }
            if (found == null && s.baseStage() == null) {
                found = Ecosystem.ofImage(s.baseImage());
            }
            if (found != null) {
                break;
            }
        }
        known.put(stage, found);
        return found;
    }

    /** Whether the stage's image is BusyBox or a distribution whose everyday tools are BusyBox applets (Alpine). */
    public static boolean busyboxShell(RuleContext ctx, Stage stage) {
        Ecosystem e = system(ctx, stage);
        return e != null ? e.busyboxTools() : Ecosystem.isBusyboxImage(inherited(ctx, stage).root().baseImage());
    }

    /**
     * Whether {@code wget} in this stage is BusyBox's: a BusyBox or Alpine
     * image where no RUN of the stage (or of its base stages) installs the
     * {@code wget} package, which would bring GNU wget.
     */
    public static boolean busyboxWget(RuleContext ctx, Stage stage) {
        if (!busyboxShell(ctx, stage)) {
            return false;
        }
        for (Stage s : chain(stage)) {
            for (Scripts.RunScript r : Scripts.of(ctx, s)) {
                for (ShellCommand c : r.script().commands()) {
                    if (Ecosystem.installing(c) != null && c.args().stream().anyMatch(w -> w.value().equals("wget"))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The instruction itself, or an ONBUILD's trigger. */
    public static Instruction unwrap(Instruction i) {
        return i instanceof Onbuild ob && ob.trigger() != null ? ob.trigger() : i;
    }
}
