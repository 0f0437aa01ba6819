package dev.layerlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path each machine format gets, for a working directory and repository
 * laid out in a temporary folder (the CLI's own runs are in PathMatrixTest).
 */
class ReportPathsTest {
    @TempDir
    Path tmp;

    private static FileReport report(String given, Path file) {
        return new FileReport(given, file, null, List.of(), null);
    }

    @Test
    void fileUrisPercentEncodeEverythingButUnreservedCharactersAsUtf8() {
        assertThat(ReportPaths.fileUri(Path.of("/srv/dir with space/Dockerfile")))
                .isEqualTo("file:///srv/dir%20with%20space/Dockerfile");
        assertThat(ReportPaths.fileUri(Path.of("/srv/ünï/a#b?c%d+e:f/Dockerfile")))
                .isEqualTo("file:///srv/%C3%BCn%C3%AF/a%23b%3Fc%25d%2Be%3Af/Dockerfile");
        // and the result is a URI that names the same path again
        Path odd = Path.of("/srv/ünï/a#b?c%d+e:f [x]/Dockerfile");
        assertThat(Path.of(URI.create(ReportPaths.fileUri(odd)))).isEqualTo(odd);
    }

    @Test
    void aWindowsDriveKeepsItsColonAndGetsALeadingSlash() {
        assertThat(ReportPaths.encode("/C:/work/a b", true)).isEqualTo("/C:/work/a%20b");
        assertThat(ReportPaths.encode("C:/work", false)).isEqualTo("C%3A/work"); // relative: a colon reads as a scheme
    }

    @Test
    void theRootIsTheGitTopLevelAboveTheWorkingDirectoryWhetherDotGitIsAFolderOrAFile() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectory(repo.resolve(".git"));
        Path sub = Files.createDirectories(repo.resolve("svc/api"));
        assertThat(new ReportPaths(sub).root()).isEqualTo(repo);

        Path worktree = Files.createDirectories(tmp.resolve("worktree"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../repo/.git/worktrees/w\n");
        assertThat(new ReportPaths(worktree.resolve("x").resolve("..")).root()).isEqualTo(worktree);

        Path plain = Files.createDirectories(tmp.resolve("plain"));
        if (ReportPaths.gitTopLevel(tmp) == null) { // a temporary folder inside a repository has that one's root
            assertThat(new ReportPaths(plain).root()).isEqualTo(plain);
        }
        assertThat(new ReportPaths(plain).rootUri()).endsWith("/").startsWith("file:///");
    }

    @Test
    void repositoryRelativePathsForGitlabAndGithub() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectory(repo.resolve(".git"));
        Path sub = Files.createDirectories(repo.resolve("svc"));
        Path other = Files.createDirectories(tmp.resolve("other repo"));
        Files.createDirectory(other.resolve(".git"));
        ReportPaths fromSub = new ReportPaths(sub);

        // the same file, however it was named on the command line
        Path file = sub.resolve("dir with space/Dockerfile");
        for (String given : List.of("dir with space/Dockerfile", "./dir with space/Dockerfile", file.toString())) {
            assertThat(fromSub.repositoryRelative(report(given, sub.resolve(given))))
                    .isEqualTo("svc/dir with space/Dockerfile");
        }
        // outside the working directory's repository: relative to the file's own repository
        assertThat(fromSub.repositoryRelative(report("x", other.resolve("a/Dockerfile")))).isEqualTo("a/Dockerfile");
        // standard input without a name keeps its display name
        assertThat(fromSub.repositoryRelative(report("<stdin>", null))).isEqualTo("<stdin>");
    }

    @Test
    void sarifUrisAbsoluteForAbsoluteInputsAndSrcrootRelativeForRelativeOnes() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectory(repo.resolve(".git"));
        Path sub = Files.createDirectories(repo.resolve("svc"));
        ReportPaths paths = new ReportPaths(sub);

        assertThat(paths.sarif(report("ünï/Dockerfile", sub.resolve("ünï/Dockerfile"))))
                .isEqualTo(new ReportPaths.SarifUri("svc/%C3%BCn%C3%AF/Dockerfile", ReportPaths.SRCROOT));
        assertThat(paths.sarif(report("./Dockerfile", sub.resolve("./Dockerfile"))))
                .isEqualTo(new ReportPaths.SarifUri("svc/Dockerfile", ReportPaths.SRCROOT));
        Path absolute = sub.resolve("a b/Dockerfile");
        assertThat(paths.sarif(report(absolute.toString(), absolute)))
                .isEqualTo(new ReportPaths.SarifUri(ReportPaths.fileUri(absolute), null));
        // relative, but outside the source root: no relative reference can name it
        Path outside = tmp.resolve("elsewhere/Dockerfile");
        assertThat(paths.sarif(report("../../elsewhere/Dockerfile", outside)).uriBaseId()).isNull();
        assertThat(paths.sarif(report("../../elsewhere/Dockerfile", outside)).uri()).startsWith("file:///");
        assertThat(paths.sarif(report("<stdin>", null))).isEqualTo(new ReportPaths.SarifUri("%3Cstdin%3E", null));
        assertThat(paths.rootUri()).isEqualTo(ReportPaths.fileUri(repo) + "/");
    }
}
