/**
 * The rules: one class per rule under {@code rules/<category>}, and the
 * vocabulary they share. What a rule author must know:
 *
 * <h2>Adding a rule</h2>
 * <ol>
 * <li>A class in the package of its category ({@code cache} CA,
 *     {@code correctness} BU, {@code reproducibility} RP, {@code security} SE,
 *     {@code size} SZ, {@code style} ST), named after the pattern it flags
 *     ({@code CopyAllBeforeInstall}), extending {@link dev.layerlint.rules.BaseRule}.
 *     All its metadata is the one {@link dev.layerlint.rule.RuleInfo} expression
 *     it passes to {@code super}: code (its prefix is the category),
 *     kebab-case name, summary, default severity, aliases, then
 *     {@code .off()} (runs only when selected by code, name or alias),
 *     {@code .withFix()} (some findings carry a fix that {@code --fix} or
 *     {@code --unsafe-fixes} applies; a display-only fix does not count) and
 *     {@code .withOnbuild()} (it checks ONBUILD triggers). Nothing else says
 *     these things: {@code layerlint rules}, {@code layerlint rule} and the
 *     reporters read them from there.</li>
 * <li>An entry in {@link dev.layerlint.rules.Registry} (RegistryTest fails
 *     for a rule class that is not registered).</li>
 * <li>A doc {@code rules/CODE-name.md}: {@code # CODE name}, then What it
 *     does, Why is this bad?, Example, Use instead, Fix safety. The Example
 *     must produce the finding and Use instead must not (RuleDocsTest runs
 *     them). "Off by default" opens What it does exactly when the rule is
 *     off, and Fix safety says "no automatic fix" exactly when it is not
 *     fixable. A cache rule also gets a row in the README's rule table.</li>
 * <li>Fixtures in {@code testdata/rules/CODE/}: a positive file with
 *     {@code # expect: CODE} markers (on their own line above the target;
 *     {@code # expect(+N): CODE} for a line N below, e.g. in a heredoc), a
 *     negative file without markers, a {@code NAME.fixed} /
 *     {@code NAME.unsafe-fixed} golden per fixable fixture, a folder with a
 *     {@code Dockerfile} when the rule reads the build context. Markers are
 *     strict: a finding on an unmarked line fails. The flags must match what
 *     the fixtures show: {@code withFix()} exactly when a fixture gets an
 *     applicable fix, {@code withOnbuild()} exactly when a fixture has a
 *     finding on an ONBUILD line (RuleFixturesTest).</li>
 * <li>Aliases: the hadolint code(s) and BuildKit check name(s) of the same
 *     check, so {@code # hadolint ignore=DL3008}, {@code .hadolint.yaml} and
 *     {@code # check=skip=JSONArgsRecommended} keep working. Each code names
 *     one rule (ParityTest, RegistryTest). A rule that covers several
 *     hadolint codes reports each finding with the ones it answers to
 *     ({@code RuleContext.reportAs}).</li>
 * </ol>
 *
 * <h2>Partial trees: every rule runs on files with syntax errors</h2>
 * A syntax error is a BU000 finding, and the rules still run on everything
 * that parsed (only a file with no instruction at all is skipped). So a node
 * can be missing what a valid file always has (see
 * {@code parser.AstBuilder}):
 * <ul>
 * <li>{@code From.image()} is null for a bare {@code FROM};
 *     {@code stageName()}/{@code asWord()} are null without {@code AS} and
 *     when extra words follow the image; {@code Stage.baseImage()} is then
 *     null too.</li>
 * <li>{@code Run.command()}, {@code Cmd.command()},
 *     {@code Entrypoint.command()} and {@code Shell.command()} are null
 *     without arguments; an {@code ExecForm} may have no arguments
 *     ({@code CMD []}); a SHELL may hold a shell form (an error, kept).</li>
 * <li>{@code Healthcheck.type()} and {@code command()} are null for a bare
 *     HEALTHCHECK; the type may be neither CMD nor NONE.</li>
 * <li>{@code Copy/Add.destination()} is null with fewer than two words, and
 *     {@code sources()} may be empty.</li>
 * <li>{@code Arg.declarations()}, {@code Env/Label.pairs()},
 *     {@code Expose.ports()} and {@code Volume.paths()} may be empty; an ARG,
 *     ENV or LABEL name may be the empty string ({@code ARG =x}); a legacy
 *     {@code ENV KEY} has a null value; {@code ArgDeclaration.defaultValue()}
 *     is null without {@code =}; a VOLUME path may be blank.</li>
 * <li>{@code User/Workdir/Stopsignal/Maintainer.argument()} and
 *     {@code UnknownInstruction.arguments()} are null when missing.</li>
 * <li>{@code Onbuild.trigger()} is null for a bare ONBUILD, and may be an
 *     ONBUILD, FROM or MAINTAINER (errors, kept).</li>
 * <li>{@code Heredoc.terminator()} is null when the file ends first;
 *     {@code Flag.value()} is null without {@code =}; a flag may be unknown
 *     to the instruction.</li>
 * <li>Global ARGs (the ARGs before the first FROM and before any other
 *     instruction) are in {@code file().instructions()} but in no stage:
 *     {@code model().stageOf(i)} and {@code scopeBefore(i)} are null for
 *     them. Other instructions before the first FROM (a fragment: a
 *     snippet, a file being written; in a file with no FROM at all, its
 *     ARGs too) form a stage of their own, as if after {@code FROM
 *     scratch}: its {@code from()} is in no instruction list and has empty
 *     spans ({@code SemanticModel.isWritten(from)} is false). A file may
 *     have no stage at all ({@code model().target()} is null).</li>
 * </ul>
 * A rule that crashes costs the file its findings of that rule (the linter
 * reports an internal error instead); RulesRobustnessTest runs every rule
 * over the corpus, over mutated fixtures and over random instructions
 * generated from the parser's vocabulary (InstructionGenerator) to catch that.
 *
 * <h2>ONBUILD triggers</h2>
 * A trigger sits inside its {@link dev.layerlint.ast.Onbuild}; it is not in
 * {@code Stage.instructions()} on its own, and {@code model().stageOf} and
 * {@code scopeBefore} know only the ONBUILD. Accessors that cover triggers:
 * {@link dev.layerlint.rules.Scripts#of(dev.layerlint.rule.RuleContext)} and
 * {@link dev.layerlint.rules.Scripts#commands} (ONBUILD RUN scripts, with
 * {@code RunScript.onbuild()} set and {@code instruction()} the ONBUILD),
 * {@link dev.layerlint.rules.Stages#withTriggers} (instructions of a type and
 * ONBUILDs wrapping one) and {@link dev.layerlint.rules.Stages#unwrap}. Those
 * that do not: {@code Stage.instructions()},
 * {@link dev.layerlint.rules.Stages#of}, {@link dev.layerlint.model.ExpandedWords#of}
 * (unwrap first). Report a trigger's finding on a span inside the ONBUILD
 * line, and declare {@code .withOnbuild()}.
 *
 * <h2>Vocabulary</h2>
 * <ul>
 * <li>{@code ctx.model()} ({@code model.SemanticModel}): stages, their graph
 *     and target, ARG/ENV scopes, BuildKit variable expansion;
 *     {@code ctx.cache()} ({@code cache.CacheModel}): steps, their cache-key
 *     inputs, cost; {@code ctx.buildContext()}: the context and its
 *     {@code .dockerignore} (null when unknown).</li>
 * <li>Shell: {@link dev.layerlint.rules.Scripts} gives each RUN's script,
 *     parsed once, by the model ({@code ctx.model().script(run)}, also for a
 *     shell-form CMD, ENTRYPOINT or HEALTHCHECK; a rule never calls
 *     {@code ShellParser}) ({@code shell.ShellScript} of {@code shell.ShellCommand}s:
 *     {@code program()}, {@code isProgram}, {@code subcommand},
 *     {@code hasFlag}, {@code flagValue}, {@code positionals}; words as
 *     {@code shell.ShellWord} with {@code quoted}/{@code dynamic}), and maps a
 *     shell word back to its span. Scripts of stages whose SHELL is not POSIX
 *     (cmd, PowerShell, a Windows stage's default cmd) are empty there; the
 *     cache model's steps hold their loose reading in that dialect
 *     ({@code ctx.model().script(run, dialect)}, {@code ShellScript.isPosix()}),
 *     for what a step runs and reads ({@code $env:NAME}, {@code %NAME%}).</li>
 * <li>Packages: {@code cache.Ecosystem} is the one vocabulary of package
 *     managers (which program is which manager and distribution, the
 *     sub-commands that install, update the index or upgrade, value-taking
 *     flags, manifest and lock files, cache directories per program,
 *     no-cache flags, environment prefixes; OneVocabularyTest fails on a
 *     second copy); {@link dev.layerlint.rules.Packages} gives the packages
 *     an install names.</li>
 * <li>Words and variables: {@link dev.layerlint.model.ExpandedWords} (the
 *     words the builder expands), {@link dev.layerlint.rules.Reads} (which
 *     variables an instruction reads, by expansion, in its shell text, or
 *     implicitly), {@link dev.layerlint.rules.Vars} (references in a word).</li>
 * <li>Paths: {@link dev.layerlint.model.CopySource} (which context paths a
 *     COPY/ADD source selects; {@code ctx.cache().copySources(i)}) and
 *     {@link dev.layerlint.model.DockerIgnore} (what {@code .dockerignore}
 *     excludes), both on {@link dev.layerlint.model.Glob}: never compile a
 *     glob of your own.</li>
 * <li>{@link dev.layerlint.rules.Stages} (inherited settings, the SHELL in
 *     force, base chains, scratch, Windows), {@link dev.layerlint.rules.Moves}
 *     (edits that move whole instructions with their comments),
 *     {@link dev.layerlint.rules.Text} (character tests).</li>
 * </ul>
 *
 * <h2>Reporting</h2>
 * Report on the narrowest span that is wrong (the word, not the line). A
 * message is a concrete fragment without a trailing period that names the
 * instruction and what happens to the build ("{@code COPY . .} before
 * {@code npm ci}: every source edit reinstalls all packages"); a fix title is
 * imperative ("Copy package*.json first"). A fix is {@code Fix.safe},
 * {@code Fix.unsafe} or {@code Fix.displayOnly}; the fixed file must
 * re-parse, not trigger the finding again, and be unchanged by a second fix
 * (the fixture goldens check all three). A finding at another severity than
 * the rule's, or that holds a secret, goes through the other
 * {@code RuleContext.report*} methods.
 *
 * <h2>Cost</h2>
 * Every rule runs on every file, and a one-file run takes tens of
 * milliseconds from a start-up archive: no {@code String.matches} or
 * {@code replaceAll} on per-word paths ({@link dev.layerlint.rules.Text}, or
 * a {@code Pattern} compiled once); no reflection, and no
 * {@code Comparator.comparing} (its lambdas are spun at run time, outside the
 * archive: write the comparator as a class); per-file values shared through
 * {@code ctx.memo}; commands looked up through
 * {@code Scripts.commands(ctx, programs)} rather than by walking every
 * script.
 */
package dev.layerlint.rules;
