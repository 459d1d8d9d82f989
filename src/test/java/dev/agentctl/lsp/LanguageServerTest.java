package dev.agentctl.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentctl.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server driven over the protocol as an editor drives it, checked against the commands it stands in for. */
class LanguageServerTest {

    /** Four fixable problems (a value that needs repair, a legacy alias, a repeated tool, a repeated key) and more. */
    static final String MESSY = """
            ---
            name: reviewer
            description: Reviews code: finds bugs
            tools: Read, Task, Read, MultiEdit
            color: mauve
            colour: blue
            model: sonnet
            model: opus
            ---

            You review code.
            """;

    static final String CLEAN = """
            ---
            name: helper
            description: Helps
            tools: Read, Grep
            ---

            You help.
            """;

    @TempDir
    Path dir;

    @Test
    void diagnosticsAreValidatesForTheSameFiles() throws Exception {
        Path messy = write("reviewer.md", MESSY);
        Path twin = write("sub/reviewer-copy.md", MESSY.replace("Reviews code: finds bugs", "\"Reviews\""));
        Path clean = write("helper.md", CLEAN);
        try (LspHarness lsp = new LspHarness(dir)) {
            List<String> got = new ArrayList<>();
            for (Path file : List.of(messy, twin, clean)) {
                String uri = lsp.open(file);
                PublishDiagnosticsParams p = lsp.diagnostics(uri, 1);
                for (Diagnostic d : p.getDiagnostics()) {
                    got.add(dir.relativize(file).toString().replace('\\', '/') + " " + key(d));
                }
            }
            List<String> expected = validate();
            assertEquals(new TreeSet<>(expected), new TreeSet<>(got));
            assertEquals(expected.size(), got.size());
            assertTrue(got.stream().anyMatch(s -> s.contains("AG033")), "the project rule duplicate-name: " + got);
            assertEquals(0, lsp.shutdownAndExit());
        }
    }

    @Test
    void withoutAFolderTheOpenDocumentsAreTheProject() throws Exception {
        Path one = write("a/reviewer.md", MESSY);
        Path two = write("b/reviewer.md", MESSY);
        write("c/reviewer.md", MESSY); // on disk, not open: no part of the project
        try (LspHarness lsp = new LspHarness(null)) {
            String first = lsp.open(one);
            lsp.diagnostics(first, 1);
            lsp.diagnostics(lsp.open(two), 1);
            // The first file's diagnostics are published again once the second one names the same agent.
            lsp.client.await(first, p -> p.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals("AG033")));
            List<String> got = new ArrayList<>();
            for (Path file : List.of(one, two)) {
                for (Diagnostic d : lsp.client.await(file.toUri().toString(), p -> true).getDiagnostics()) {
                    got.add(file + " " + key(d));
                }
            }
            StringWriter out = new StringWriter();
            Main.run(new String[] {"validate", "--format", "json", one.toString(), two.toString()}, new PrintWriter(out),
                    new PrintWriter(new StringWriter()));
            List<String> expected = new ArrayList<>();
            for (JsonNode d : new ObjectMapper().readTree(out.toString())) {
                expected.add(d.get("file").asText() + " " + d.get("line") + ":" + d.get("column") + "-" + d.get("endLine")
                        + ":" + d.get("endColumn") + " " + d.get("severity").asText() + " " + d.get("ruleId").asText() + " "
                        + d.get("message").asText());
            }
            assertEquals(new TreeSet<>(expected), new TreeSet<>(got));
            assertEquals(1, got.stream().filter(s -> s.contains("AG033")).count(), got.toString());
        }
    }

    @Test
    void diagnosticsCarryRuleNameAndDocLink() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            String uri = lsp.open(write("reviewer.md", MESSY));
            Diagnostic alias = lsp.diagnostics(uri, 1).getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("AG017")).findFirst().orElseThrow();
            assertEquals("agentctl", alias.getSource());
            assertTrue(alias.getData().toString().contains("legacy-tool-alias"), alias.getData().toString());
            assertNotNull(alias.getCodeDescription());
            assertTrue(alias.getCodeDescription().getHref().endsWith("docs/rules/AG017.md"));
            assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(alias.getCodeDescription().getHref()))));
        }
    }

    @Test
    void editsAreCheckedAsTheyArrive() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            String uri = lsp.open(write("helper.md", CLEAN));
            assertEquals(List.of(), lsp.diagnostics(uri, 1).getDiagnostics());
            for (int v = 2; v <= 30; v++) {
                lsp.change(uri, v, CLEAN.replace("Read, Grep", "Read, Grep" + ", Task".repeat(v % 3)));
            }
            lsp.change(uri, 31, CLEAN.replace("Grep", "MultiEdit"));
            List<Diagnostic> last = lsp.diagnostics(uri, 31).getDiagnostics();
            assertEquals(List.of("AG016"), last.stream().map(d -> d.getCode().getLeft()).toList());
        }
    }

    @Test
    void rangedChangesAreAppliedThoughWholeTextsWereAskedFor() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            String uri = lsp.open(write("helper.md", CLEAN));
            lsp.diagnostics(uri, 1);
            Range grep = new Range(new Position(3, 13), new Position(3, 17));
            lsp.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(grep, "Task"))));
            assertEquals(List.of("AG017"), codes(lsp.diagnostics(uri, 2)));
            lsp.change(dir.resolve("never-opened.md").toUri().toString(), 5, "---\n");
            lsp.change(uri, 3, CLEAN);
            lsp.diagnostics(uri, 3);
            assertTrue(lsp.client.published.stream().noneMatch(p -> p.getUri().endsWith("never-opened.md")));
        }
    }

    @Test
    void quickFixMakesTheEditOfFix() throws Exception {
        String oneProblem = CLEAN.replace("Read, Grep", "Read, Task");
        Path file = write("helper.md", oneProblem);
        try (LspHarness lsp = new LspHarness(dir)) {
            String uri = lsp.open(file);
            Diagnostic alias = lsp.diagnostics(uri, 1).getDiagnostics().get(0);
            List<CodeAction> actions = actions(lsp, uri, alias.getRange(), List.of(alias), null);
            CodeAction quick = actions.stream().filter(a -> a.getKind().equals("quickfix")).findFirst().orElseThrow();
            assertEquals("AG017", quick.getDiagnostics().get(0).getCode().getLeft());
            String edited = LspHarness.apply(oneProblem, quick.getEdit().getChanges().get(uri));
            assertEquals(fix(file), edited);
        }
    }

    @Test
    void fixAllMakesExactlyTheEditsOfFix() throws Exception {
        for (String text : List.of(MESSY, "\uFEFF" + MESSY, CLEAN.replace("Grep", "Task, Read, Task").replace("\n", "\r\n"))) {
            Path file = write("messy.md", text);
            try (LspHarness lsp = new LspHarness(dir)) {
                String uri = lsp.open(file);
                lsp.diagnostics(uri, 1);
                List<CodeAction> actions = actions(lsp, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(),
                        List.of("source.fixAll"));
                assertEquals(1, actions.size(), text + actions + lsp.client.logged);
                assertEquals("source.fixAll.agentctl", actions.get(0).getKind());
                String edited = LspHarness.apply(text, actions.get(0).getEdit().getChanges().get(uri));
                String fixed = fix(file);
                assertFalse(fixed.equals(text), "fix changed nothing");
                assertEquals(fixed, edited);
                CodeAction quickAll = actions(lsp, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(),
                        List.of("quickfix")).stream().filter(a -> a.getTitle().startsWith("Fix all")).findFirst().orElseThrow();
                assertEquals(fixed, LspHarness.apply(text, quickAll.getEdit().getChanges().get(uri)));
            }
        }
    }

    @Test
    void settingsAndFilesOnDiskAreFollowed() throws Exception {
        String uri;
        try (LspHarness lsp = new LspHarness(dir)) {
            uri = lsp.open(write("helper.md", CLEAN));
            assertEquals(List.of(), lsp.diagnostics(uri, 1).getDiagnostics());
            Path twin = write("zz/helper.md", CLEAN);
            notify(lsp, twin, FileChangeType.Created);
            assertEquals(List.of("AG033"), codes(lsp.client.await(uri, p -> !p.getDiagnostics().isEmpty())));
            lsp.change(uri, 2, CLEAN + "More body.\n");
            assertEquals(List.of("AG033"), codes(lsp.diagnostics(uri, 2)), "a body edit keeps the project findings");
            lsp.change(uri, 3, CLEAN.replace("name: helper", "name: helper-two"));
            assertEquals(List.of(), codes(lsp.diagnostics(uri, 3)), "a new name ends the duplicate");
            lsp.change(uri, 4, CLEAN);
            assertEquals(List.of("AG033"), codes(lsp.diagnostics(uri, 4)));
            Path config = write(".agentctl.yaml", "rules:\n  duplicate-name: off\n");
            notify(lsp, config, FileChangeType.Created);
            lsp.client.await(uri, p -> p.getDiagnostics().isEmpty());
            Files.delete(config);
            notify(lsp, config, FileChangeType.Deleted);
            lsp.client.await(uri, p -> !p.getDiagnostics().isEmpty());
            Files.delete(twin);
            notify(lsp, twin, FileChangeType.Deleted);
            lsp.client.await(uri, p -> p.getDiagnostics().isEmpty());
            Path moved = write("moved/in/helper.md", CLEAN);
            notify(lsp, dir.resolve("moved"), FileChangeType.Created);
            lsp.client.await(uri, p -> !p.getDiagnostics().isEmpty());
            Files.delete(moved);
            notify(lsp, dir.resolve("moved"), FileChangeType.Deleted);
            lsp.client.await(uri, p -> p.getDiagnostics().isEmpty());
        }
    }

    @Test
    void aConfigurationSavedInTheEditorIsReadAgain() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            String uri = lsp.open(write("helper.md", CLEAN.replace("Grep", "Task")));
            assertEquals(List.of("AG017"), codes(lsp.diagnostics(uri, 1)));
            Path config = write(".agentctl.yaml", "rules:\n  legacy-tool-alias: error\n");
            String configUri = lsp.open(config);
            assertEquals(List.of(), actions(lsp, configUri, new Range(new Position(0, 0), new Position(1, 0)), List.of(), null), "the configuration is not an agent");
            lsp.server.getTextDocumentService().didSave(
                    new org.eclipse.lsp4j.DidSaveTextDocumentParams(new TextDocumentIdentifier(configUri)));
            Diagnostic d = lsp.client.await(uri, p -> p.getDiagnostics().size() == 1
                    && p.getDiagnostics().get(0).getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error).getDiagnostics().get(0);
            assertEquals("AG017", d.getCode().getLeft());
            assertTrue(lsp.client.published.stream().noneMatch(p -> p.getUri().equals(configUri)));
        }
    }

    @Test
    void exitWithoutShutdownIsExitCodeOne() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.server.exit();
            assertEquals(1, lsp.exitCode.get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS));
        }
    }

    @Test
    void aClientThatDisappearsWithoutShutdownEndsTheServerWithOne() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            lsp.hangUp();
            assertEquals(1, lsp.exitCode.get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS));
        }
    }

    // ---- helpers

    static String key(Diagnostic d) {
        Range r = d.getRange();
        return (r.getStart().getLine() + 1) + ":" + (r.getStart().getCharacter() + 1) + "-" + (r.getEnd().getLine() + 1)
                + ":" + (r.getEnd().getCharacter() + 1) + " " + severity(d) + " " + d.getCode().getLeft() + " " + d.getMessage();
    }

    private static String severity(Diagnostic d) {
        return switch (d.getSeverity()) {
            case Error -> "error";
            case Warning -> "warning";
            default -> "info";
        };
    }

    /** validate --format json over the directory, with paths as they read from the directory itself. */
    private List<String> validate() throws Exception {
        StringWriter out = new StringWriter();
        Main.run(new String[] {"validate", "--format", "json", dir.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        String prefix = dir.toString().replace('\\', '/') + "/";
        List<String> lines = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(out.toString())) {
            lines.add(d.get("file").asText().replace(prefix, "") + " " + d.get("line") + ":" + d.get("column") + "-"
                    + d.get("endLine") + ":" + d.get("endColumn") + " " + d.get("severity").asText() + " "
                    + d.get("ruleId").asText() + " " + d.get("message").asText().replace(prefix, ""));
        }
        return lines;
    }

    /** What agentctl fix writes for the file (run on a copy, so the original stays as the editor has it). */
    private String fix(Path file) throws Exception {
        Path copy = Files.createTempDirectory(dir, "fix").resolve(file.getFileName());
        Files.copy(file, copy);
        int code = Main.run(new String[] {"fix", copy.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        return new String(Files.readAllBytes(copy), StandardCharsets.UTF_8);
    }

    static List<CodeAction> actions(LspHarness lsp, String uri, Range range, List<Diagnostic> diagnostics,
                                    List<String> only) throws Exception {
        CodeActionContext context = new CodeActionContext(diagnostics);
        context.setOnly(only);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> got = lsp.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context))
                .get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS);
        return got.stream().map(Either::getRight).toList();
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    private static void notify(LspHarness lsp, Path file, FileChangeType type) {
        lsp.server.getWorkspaceService().didChangeWatchedFiles(
                new DidChangeWatchedFilesParams(List.of(new FileEvent(file.toUri().toString(), type))));
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
