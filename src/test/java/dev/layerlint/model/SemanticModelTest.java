package dev.layerlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.parser.Parser;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.source.SourceText;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stages, their graph and BuildKit's ARG/ENV scoping (research A.12, A.13). */
class SemanticModelTest {

    private static SemanticModel model(String text, Map<String, String> buildArgs, String target) {
        Dockerfile file = Parser.parse(SourceText.of("Dockerfile", text)).dockerfile();
        return SemanticModel.build(file, buildArgs, target);
    }

    private static Instruction at(SemanticModel m, int line) {
        return m.file().instructions().stream().filter(i -> i.span().startLine() == line).findFirst().orElseThrow();
    }

    @Test
    void globalArgsReachFromButNotStagesUnlessRedeclared() {
        SemanticModel m = model("""
                ARG TAG=3.20
                FROM alpine:${TAG} AS a
                RUN echo one
                ARG TAG
                RUN echo two
                """, Map.of(), null);
        assertThat(m.stages().get(0).baseImage()).isEqualTo("alpine:3.20");
        assertThat(m.scopeBefore(at(m, 3)).get("TAG")).isNull();
        assertThat(m.scopeBefore(at(m, 5)).value("TAG")).isEqualTo("3.20");
    }

    @Test
    void buildArgsWinOverDefaults() {
        SemanticModel m = model("FROM alpine\nARG V=1\nRUN echo\n", Map.of("V", "2"), null);
        assertThat(m.scopeBefore(at(m, 3)).value("V")).isEqualTo("2");
    }

    @Test
    void envIsInheritedThroughFromStageAndLastAssignmentWins() {
        SemanticModel m = model("""
                FROM alpine AS base
                ENV MODE=prod
                FROM base AS child
                ARG MODE=dev
                RUN echo
                FROM alpine
                RUN echo
                """, Map.of(), null);
        assertThat(m.stages().get(1).baseStage()).isSameAs(m.stages().get(0));
        assertThat(m.scopeBefore(at(m, 4)).value("MODE")).isEqualTo("prod");
        assertThat(m.scopeBefore(at(m, 5)).value("MODE")).isEqualTo("dev");
        assertThat(m.scopeBefore(at(m, 7)).get("MODE")).isNull();
    }

    @Test
    void argWithoutValueDoesNotOverrideEnv() {
        SemanticModel m = model("FROM alpine\nENV X=v\nARG X\nRUN echo\n", Map.of(), null);
        assertThat(m.scopeBefore(at(m, 4)).get("X").kind()).isEqualTo(Binding.Kind.ENV);
    }

    @Test
    void envFedByAnArgRemembersIt() {
        SemanticModel m = model("FROM alpine\nARG TOKEN\nENV NPM_TOKEN=$TOKEN\nRUN echo\n", Map.of(), null);
        assertThat(m.scopeBefore(at(m, 4)).get("NPM_TOKEN").fedByArgs()).containsExactly("TOKEN");
    }

    @Test
    void stageGraphAndReachabilityFromTheTarget() {
        SemanticModel m = model("""
                FROM golang AS build
                RUN go build
                FROM alpine AS unused
                RUN echo
                FROM alpine AS assets
                RUN echo
                FROM alpine
                COPY --from=build /app /app
                RUN --mount=from=assets,target=/a echo
                COPY --from=nginx:1.27 /etc/nginx /etc/nginx
                """, Map.of(), null);
        assertThat(m.references()).extracting(r -> r.to().label()).containsExactly("build", "assets");
        assertThat(m.stages()).extracting(m::isReachable).containsExactly(true, false, true, true);
        SemanticModel targeted = model("FROM alpine AS a\nFROM alpine AS b\n", Map.of(), "a");
        assertThat(targeted.target().label()).isEqualTo("a");
    }

    @Test
    void nonPosixShellsAreReadInTheirOwnWords() {
        SemanticModel m = model("""
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                SHELL ["powershell", "-Command"]
                RUN Invoke-WebRequest https://example.com/x.zip -OutFile C:\\x.zip; Write-Host $env:X
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                RUN C:\\tools\\nuget.exe restore App.sln
                """, Map.of(), null);
        CacheModel cache = CacheModel.build(m, Builder.BUILDKIT, null);
        var powershell = cache.step(at(m, 3));
        assertThat(powershell.script().dialect()).isEqualTo(ShellScript.Dialect.POWERSHELL);
        assertThat(powershell.script().commands()).extracting(c -> c.program())
                .containsExactly("invoke-webrequest", "write-host");
        assertThat(powershell.script().commands().get(0).args().get(2).value()).isEqualTo("C:\\x.zip");
        assertThat(powershell.costReason()).isEqualTo("Invoke-WebRequest download");
        var cmd = cache.step(at(m, 5)); // a Windows stage without SHELL runs cmd
        assertThat(cmd.script().dialect()).isEqualTo(ShellScript.Dialect.CMD);
        assertThat(cmd.costReason()).isEqualTo("nuget restore");
    }

    @Test
    void aBaseFromAnArgWithoutValueIsWindowsWhenTheFileSaysSo() {
        String stages = """
                FROM $BUILD_IMAGE AS build
                RUN nuget restore App.sln
                FROM $RUNTIME_IMAGE
                """;
        SemanticModel linux = model("ARG BUILD_IMAGE\nARG RUNTIME_IMAGE\n" + stages, Map.of(), null);
        assertThat(linux.stages()).extracting(Stage::isWindows).containsExactly(false, false);
        SemanticModel exe = model("ARG BUILD_IMAGE\nARG RUNTIME_IMAGE\n" + stages
                + "ENTRYPOINT [\"App.exe\"]\n", Map.of(), null);
        assertThat(exe.stages()).extracting(Stage::isWindows).containsExactly(true, true);
        SemanticModel byDefault = model("ARG BUILD_IMAGE=mcr.microsoft.com/windows/servercore:ltsc2022\n"
                + "ARG RUNTIME_IMAGE=alpine:3.20\n" + stages, Map.of(), null);
        assertThat(byDefault.stages()).extracting(Stage::isWindows).containsExactly(true, false);
        SemanticModel named = model("ARG BUILD_IMAGE\nARG RUNTIME_IMAGE\n" + stages
                + "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nFROM debian:12\n", Map.of(), null);
        assertThat(named.stages()).extracting(Stage::isWindows).containsExactly(true, true, true, false);
    }
}
