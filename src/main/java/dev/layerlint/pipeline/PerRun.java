package dev.layerlint.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one vocabulary of CI values that change on every run (build ids,
 * commit SHAs, dates, job tokens, auth tasks' outputs) and of secrets, per
 * platform, and the classifier that says where a value comes from
 * ({@link Origin}) by following the variables the file defines.
 */
public final class PerRun {
    private PerRun() {
    }

    /** Azure predefined variables (macro {@code $(Name)} or env {@code $NAME_WITH_UNDERSCORES}) that change per run. */
    private static final Map<String, String> AZURE = Map.ofEntries(
            Map.entry("build.buildid", "a build number"), Map.entry("build.buildnumber", "a build number"),
            Map.entry("build.sourceversion", "a commit SHA"), Map.entry("build.sourceversionmessage", "a commit message"),
            Map.entry("system.jobid", "a job id"), Map.entry("system.timelineid", "a run id"),
            Map.entry("system.accesstoken", "a job access token, new every run"),
            Map.entry("rev:r", "a run counter"));
    /** GitHub expression contexts and env names. */
    private static final Map<String, String> GITHUB = Map.ofEntries(
            Map.entry("github.sha", "a commit SHA"), Map.entry("github.run_id", "a run id"),
            Map.entry("github.run_number", "a run number"), Map.entry("github.run_attempt", "a run attempt"),
            Map.entry("github.event.head_commit.id", "a commit SHA"),
            Map.entry("github.event.pull_request.head.sha", "a commit SHA"),
            Map.entry("github.event.head_commit.timestamp", "a timestamp"),
            Map.entry("github.token", "the job's GITHUB_TOKEN, new every run"),
            Map.entry("secrets.github_token", "the job's GITHUB_TOKEN, new every run"));
    /** Environment variables the CI systems set, per run. */
    private static final Map<String, String> ENV = Map.ofEntries(
            Map.entry("GITHUB_SHA", "a commit SHA"), Map.entry("GITHUB_RUN_ID", "a run id"),
            Map.entry("GITHUB_RUN_NUMBER", "a run number"), Map.entry("GITHUB_TOKEN", "a job token"),
            Map.entry("CI_COMMIT_SHA", "a commit SHA"), Map.entry("CI_COMMIT_SHORT_SHA", "a commit SHA"),
            Map.entry("CI_COMMIT_TIMESTAMP", "a timestamp"), Map.entry("CI_PIPELINE_ID", "a pipeline id"),
            Map.entry("CI_PIPELINE_IID", "a pipeline id"), Map.entry("CI_JOB_ID", "a job id"),
            Map.entry("CI_JOB_TOKEN", "a job token, new every run"), Map.entry("CI_BUILD_REF", "a commit SHA"),
            Map.entry("BUILD_BUILDID", "a build number"), Map.entry("BUILD_BUILDNUMBER", "a build number"),
            Map.entry("BUILD_SOURCEVERSION", "a commit SHA"), Map.entry("SYSTEM_ACCESSTOKEN", "a job access token"));
    /** Auth tasks and the variables they set, with a fresh token, for the steps after them. */
    private static final Map<String, List<String>> AUTH_TASKS = Map.of(
            "pipauthenticate", List.of("PIP_EXTRA_INDEX_URL", "PIP_INDEX_URL"),
            "nugetauthenticate", List.of("VSS_NUGET_ACCESSTOKEN", "VSS_NUGET_URI_PREFIXES"),
            "twineauthenticate", List.of("PYPIRC_PATH"));

    private static final Pattern COMMAND = Pattern.compile("(?:\\$\\(|`)\\s*(date|git\\s+(?:rev-parse|log|describe|show)|uuidgen)\\b");
    private static final Pattern AZ_MACRO = Pattern.compile("\\$\\(([A-Za-z_][\\w.]*|Rev:r+)\\)");
    private static final Pattern EXPR = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern SHELL_VAR = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern EXPR_REF = Pattern.compile("\\b(env|secrets|steps|parameters|variables|inputs|needs)\\.([\\w-]+)(?:\\.outputs\\.([\\w-]+))?");

    /** Where {@code value} comes from, for a build of {@code step} in {@code job}. */
    public static Origin classify(String value, Job job, Step step, Vars vars) {
        return classify(value, job, step, vars, 0);
    }

    private static Origin classify(String value, Job job, Step step, Vars vars, int depth) {
        if (value == null || depth > 6) {
            return Origin.constant();
        }
        Matcher c = COMMAND.matcher(value);
        if (c.find()) {
            String what = c.group(1).startsWith("git") ? "a commit id" : c.group(1).equals("date") ? "the date"
                    : "a random id";
            return new Origin(Origin.Kind.PER_RUN, "$(" + c.group(1) + " ...), " + what, null);
        }
        Origin weakest = Origin.constant();
        Matcher m = AZ_MACRO.matcher(value);
        while (m.find()) {
            Origin o = name(m.group(0), m.group(1), job, step, vars, depth, true);
            if (o.perRun()) {
                return o;
            }
            weakest = stronger(weakest, o);
        }
        m = EXPR.matcher(value);
        while (m.find()) {
            String expr = m.group(1);
            String low = expr.toLowerCase(Locale.ROOT);
            String known = GITHUB.get(low);
            if (known != null) {
                return new Origin(Origin.Kind.PER_RUN, m.group(0) + ", " + known, null);
            }
            Matcher r = EXPR_REF.matcher(expr);
            Origin o = new Origin(Origin.Kind.VARIABLE, m.group(0), null);
            if (r.find()) {
                switch (r.group(1)) {
                    case "secrets" -> o = new Origin(Origin.Kind.SECRET, m.group(0) + ", a secret", null);
                    case "env" -> o = name(m.group(0), r.group(2), job, step, vars, depth, false);
                    case "steps" -> o = stepOutput(m.group(0), r.group(2), r.group(3), job, step);
                    default -> {
                    }
                }
            }
            if (o.perRun()) {
                return o;
            }
            weakest = stronger(weakest, o);
        }
        m = SHELL_VAR.matcher(value);
        while (m.find()) {
            if (m.start() > 0 && value.charAt(m.start() - 1) == '$') {
                continue;
            }
            Origin o = name(m.group(0), m.group(1), job, step, vars, depth, false);
            if (o.perRun()) {
                return o;
            }
            weakest = stronger(weakest, o);
        }
        return weakest;
    }

    private static Origin stronger(Origin a, Origin b) {
        return b.kind().ordinal() < a.kind().ordinal() ? b : a;
    }

    private static Origin name(String written, String name, Job job, Step step, Vars vars, int depth, boolean macro) {
        String low = name.toLowerCase(Locale.ROOT);
        String known = macro ? AZURE.get(low) : null;
        String envName = name.toUpperCase(Locale.ROOT).replace('.', '_');
        if (known == null) {
            known = ENV.get(envName);
        }
        if (known != null) {
            return new Origin(Origin.Kind.PER_RUN, written + ", " + known, null);
        }
        Step auth = authStep(envName, job, step);
        if (auth != null) {
            return new Origin(Origin.Kind.PER_RUN, written + ", set by " + auth.label() + " with a fresh token every run",
                    auth);
        }
        Vars.Value v = vars == null ? null : vars.get(name);
        if (v != null && !v.text().equals(written)) {
            Origin inner = classify(v.text(), job, step, vars, depth + 1);
            if (inner.kind() != Origin.Kind.CONSTANT) {
                return new Origin(inner.kind(), written + " = " + inner.why(), inner.via());
            }
            return Origin.constant();
        }
        return new Origin(Origin.Kind.VARIABLE, written, null);
    }

    /** The auth task before {@code step} in the job that sets {@code envName}, or null. */
    static Step authStep(String envName, Job job, Step step) {
        if (job == null) {
            return null;
        }
        for (Step s : job.before(step)) {
            List<String> sets = AUTH_TASKS.get(s.kind().toLowerCase(Locale.ROOT));
            if (sets != null && sets.contains(envName)) {
                return s;
            }
        }
        return null;
    }

    private static Origin stepOutput(String written, String id, String output, Job job, Step step) {
        if (job != null && output != null) {
            for (Step s : job.before(step)) {
                if (id.equals(s.name())) {
                    if (s.kind().endsWith("create-github-app-token") && output.equals("token")) {
                        return new Origin(Origin.Kind.PER_RUN, written + ", a token " + s.label()
                                + " creates every run", s);
                    }
                }
            }
        }
        return new Origin(Origin.Kind.VARIABLE, written, null);
    }
}
