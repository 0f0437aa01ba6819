package dev.layerlint.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellParserTest {

    private static List<String> commands(String script) {
        return ShellParser.parse(script).commands().stream().map(ShellCommand::toString).toList();
    }

    @Test
    void splitsOnOperatorsAndNewlines() {
        assertThat(commands("apt-get update && apt-get install -y curl; rm -rf /x || true\necho done | tee log &"))
                .containsExactly("apt-get update", "apt-get install -y curl", "rm -rf /x", "true", "echo done",
                        "tee log");
    }

    @Test
    void aBackslashThatEndsTheScriptEscapesNothing() {
        // a Windows file (escape=`) keeps a trailing backslash in the RUN text; found by the generated fuzz
        ShellScript script = ShellParser.parse("echo a ; b \\");
        assertThat(script.commands()).extracting(ShellCommand::program).containsExactly("echo", "b");
        assertThat(ShellParser.parse("x\\").commands().get(0).program()).isEqualTo("x");
    }

    @Test
    void subshellsAndConditionsAreRecorded() {
        ShellScript s = ShellParser.parse("cd /a && ( cd /b && make ) && if grep -q x f | sort; then cd /c; fi\n"
                + "while read l; do echo $l; done; sh -c 'cd /d && ( ls )'; { cd /e; }");
        assertThat(s.commands()).extracting(c -> c.program() + ":" + c.subshell() + ":" + c.condition())
                .containsExactly("cd:0:false", "cd:1:false", "make:1:false", "grep:0:true", "sort:0:true",
                        "cd:0:false", "read:0:true", "echo:0:false", "sh:0:false", "cd:1:false", "ls:2:false",
                        "cd:0:false");
    }

    @Test
    void connectorsAreRecorded() {
        ShellScript s = ShellParser.parse("a && b || c; d | e");
        assertThat(s.commands()).extracting(ShellCommand::connector).containsExactly("", "&&", "||", ";", "|");
        assertThat(s.hasPipe()).isTrue();
    }

    @Test
    void quotesAndEscapesAreRemovedFromValues() {
        ShellCommand c = ShellParser.parse("echo 'a b' \"c $HOME d\" e\\ f").commands().get(0);
        assertThat(c.args()).extracting(ShellWord::value).containsExactly("a b", "c $HOME d", "e f");
        assertThat(c.args().get(1).dynamic()).isTrue();
        assertThat(c.args().get(0).dynamic()).isFalse();
    }

    @Test
    void substitutionsStayOpaqueInsideTheirWord() {
        assertThat(commands("VERSION=$(curl -s https://x | jq -r .v) && echo ${A:-b} `date`"))
                .containsExactly("", "echo ${A:-b} `date`");
        ShellCommand first = ShellParser.parse("VERSION=$(curl -s https://x | jq -r .v)").commands().get(0);
        assertThat(first.assignments()).hasSize(1);
        assertThat(first.program()).isEmpty();
    }

    @Test
    void anAssignmentMayHaveAQuotedValueButNotAQuotedName() {
        ShellCommand c = ShellParser.parse("DEBIAN_FRONTEND=\"noninteractive\" A='x y' apt-get install -y curl")
                .commands().get(0);
        assertThat(c.assignments()).extracting(ShellWord::value).containsExactly("DEBIAN_FRONTEND=noninteractive",
                "A=x y");
        assertThat(c.program()).isEqualTo("apt-get");
        // a quoted name is a command word, as is a name that is not one
        assertThat(ShellParser.parse("\"A\"=1 b").commands().get(0).assignments()).isEmpty();
        assertThat(ShellParser.parse("1A=x b").commands().get(0).assignments()).isEmpty();
        assertThat(ShellParser.parse("=x b").commands().get(0).assignments()).isEmpty();
    }

    @Test
    void wrappersAndPathsAreSeenThrough() {
        ShellCommand c = ShellParser.parse("sudo -E /usr/local/bin/pip3 install --no-cache-dir x").commands().get(0);
        assertThat(c.program()).isEqualTo("pip3");
        assertThat(c.subcommand()).isEqualTo("install");
        assertThat(c.hasFlag("--no-cache-dir")).isTrue();
        assertThat(ShellParser.parse("env DEBIAN_FRONTEND=noninteractive apt-get -qy install x").commands().get(0)
                .program()).isEqualTo("apt-get");
    }

    @Test
    void xargsOptionsWithAValueAreSkipped() {
        ShellCommand c = ShellParser.parse("xargs -r -n 1 chmod g+s").commands().get(0);
        assertThat(c.program()).isEqualTo("chmod");
        assertThat(c.wrapperWords()).extracting(ShellWord::value).containsExactly("xargs", "-r", "-n", "1");
        assertThat(ShellParser.parse("xargs -I {} cp {} /opt/").commands().get(0).program()).isEqualTo("cp");
        assertThat(ShellParser.parse("xargs -P4 -n1 gzip").commands().get(0).program()).isEqualTo("gzip");
    }

    @Test
    void shortFlagsInGroups() {
        ShellCommand c = ShellParser.parse("apt-get -qy install curl").commands().get(0);
        assertThat(c.hasFlag("-y")).isTrue();
        assertThat(c.hasFlag("-x")).isFalse();
        assertThat(c.subcommand()).isEqualTo("install");
        assertThat(c.positionals()).extracting(ShellWord::value).containsExactly("install", "curl");
    }

    @Test
    void redirectionsAreSetApartAndInnerHeredocBodiesSkipped() {
        ShellScript s = ShellParser.parse("cat > /etc/x.conf <<EOF\nRUN not a command\nEOF\nls -la 2>&1 >/dev/null");
        assertThat(s.commands()).extracting(ShellCommand::toString).containsExactly("cat", "ls -la");
        assertThat(s.commands().get(0).redirects()).extracting(ShellWord::value).containsExactly("/etc/x.conf", "EOF");
    }

    @Test
    void compoundCommandsAreSeenThrough() {
        assertThat(commands("if [ -f x ]; then apt-get update; else echo no; fi"))
                .containsExactly("[ -f x ]", "apt-get update", "echo no");
        assertThat(commands("for f in a b; do rm $f; done")).containsExactly("rm $f");
        assertThat(commands("case $x in a) echo a;; esac; echo after")).containsExactly("echo after");
        assertThat(commands("(cd /src && make) && { echo ok; }")).containsExactly("cd /src", "make", "echo ok");
    }

    @Test
    void shDashCIsLookedInto() {
        ShellScript s = ShellParser.parse("sh -c 'apt-get update && apt-get install -y git'");
        assertThat(s.commands()).extracting(ShellCommand::program).containsExactly("sh", "apt-get", "apt-get");
        ShellCommand inner = s.commands().get(1);
        assertThat(s.text().substring(inner.words().get(0).start(), inner.words().get(0).end())).isEqualTo("apt-get");
    }

    @Test
    void commentsAndContinuationsInHeredocScripts() {
        assertThat(commands("# install\napt-get update \\\n  && apt-get install -y x # trailing\n"))
                .containsExactly("apt-get update", "apt-get install -y x");
    }

    @Test
    void offsetsPointIntoTheScript() {
        String script = "cd /tmp && curl -fsSL https://example.com/x.tgz";
        ShellWord url = ShellParser.parse(script).commands().get(1).args().get(1);
        assertThat(script.substring(url.start(), url.end())).isEqualTo("https://example.com/x.tgz");
    }
}
