package dev.layerlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Docker's .dockerignore semantics. */
class DockerIgnoreTest {

    @Test
    void patternsExcludeFilesAndEverythingUnderDirectories() {
        DockerIgnore ignore = DockerIgnore.parse("# comment\n.git\nnode_modules/\n*.log\n");
        assertThat(ignore.isExcluded(".git/HEAD")).isTrue();
        assertThat(ignore.isExcluded("node_modules/a/b.js")).isTrue();
        assertThat(ignore.isExcluded("debug.log")).isTrue();
        assertThat(ignore.isExcluded("logs/debug.log")).as("* does not cross /").isFalse();
        assertThat(ignore.isExcluded("src/app.js")).isFalse();
    }

    @Test
    void doubleStarCrossesDirectories() {
        DockerIgnore ignore = DockerIgnore.parse("**/*.pyc\nbuild/**\n");
        assertThat(ignore.isExcluded("a.pyc")).isTrue();
        assertThat(ignore.isExcluded("pkg/sub/a.pyc")).isTrue();
        assertThat(ignore.isExcluded("build/x/y")).isTrue();
        assertThat(ignore.isExcluded("builder/x")).isFalse();
    }

    @Test
    void exceptionsAndTheLastMatchingPatternDecide() {
        DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\nREADME-secret.md\n");
        assertThat(ignore.isExcluded("CHANGES.md")).isTrue();
        assertThat(ignore.isExcluded("README.md")).isFalse();
        assertThat(ignore.isExcluded("README-secret.md")).isTrue();
        assertThat(ignore.hasExceptions()).isTrue();
    }

    @Test
    void leadingSlashAndDotsAreCleaned() {
        DockerIgnore ignore = DockerIgnore.parse("/secret.txt\n./tmp\nfoo/../bar\n");
        assertThat(ignore.isExcluded("secret.txt")).isTrue();
        assertThat(ignore.isExcluded("tmp/x")).isTrue();
        assertThat(ignore.isExcluded("bar")).isTrue();
        assertThat(ignore.isExcluded("foo")).isFalse();
    }

    @Test
    void questionMarkAndCharacterClasses() {
        DockerIgnore ignore = DockerIgnore.parse("file?.txt\n[abc].bin\n[!x]y\n");
        assertThat(ignore.isExcluded("file1.txt")).isTrue();
        assertThat(ignore.isExcluded("file10.txt")).isFalse();
        assertThat(ignore.isExcluded("b.bin")).isTrue();
        assertThat(ignore.isExcluded("d.bin")).isFalse();
        assertThat(ignore.isExcluded("ay")).isTrue();
        assertThat(ignore.isExcluded("xy")).isFalse();
    }
}
