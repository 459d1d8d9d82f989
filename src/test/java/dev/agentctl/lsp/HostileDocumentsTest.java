package dev.agentctl.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents an editor can hold and a server must survive: every request on each, then a normal file still works. */
class HostileDocumentsTest {

    @TempDir
    Path dir;

    static List<String> hostile() {
        List<String> docs = new ArrayList<>();
        docs.add("");
        docs.add("---");
        docs.add("---\n");
        docs.add("---\nname: [unclosed\n");
        docs.add("---\n" + "[".repeat(5_000) + "\n---\n");
        docs.add("---\n" + "a: &x [*x]\n".repeat(3) + "---\n");
        docs.add("---\nname: x\ndescription: " + "y".repeat(1_200_000) + "\n---\n"); // over Claude Code's 1 MB limit
        StringBuilder keys = new StringBuilder("---\n");
        for (int i = 0; i < 1_000; i++) {
            keys.append('k').append(i).append(": v\n");
        }
        docs.add(keys.append("---\n").toString());
        docs.add("\uFEFF\uFEFF---\r\nname: x\rdescription: \u0000\uD800\n---");
        docs.add("---\ntools: " + "Read, ".repeat(2_000) + "\n---\n");
        docs.add("---\nhooks:\n" + "  ".repeat(2_000) + "- x\n---\n");
        Random random = new Random(13);
        StringBuilder noise = new StringBuilder("---\n");
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        docs.add(noise.toString());
        return docs;
    }

    @Test
    void everyRequestOnHostileDocumentsLeavesTheServerWorking() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            List<String> docs = hostile();
            for (int i = 0; i < docs.size(); i++) {
                String uri = dir.resolve("hostile" + i + ".md").toUri().toString();
                String text = docs.get(i);
                lsp.open(uri, text);
                assertNotNull(lsp.diagnostics(uri, 1), "document " + i);
                everyRequest(lsp, uri, text);
                lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            }
            String uri = lsp.open(dir.resolve("ok.md").toUri().toString(), "---\nname: ok\ndescription: fine\ntools: Task\n---\nbody\n");
            assertEquals("AG017", lsp.diagnostics(uri, 1).getDiagnostics().get(0).getCode().getLeft());
            assertTrue(lsp.client.logged.stream().noneMatch(m -> m.getType() == MessageType.Error), lsp.client.logged.toString());
            assertEquals(0, lsp.shutdownAndExit());
        }
    }

    @Test
    void aBurstOfEditsEndsWithTheDiagnosticsOfTheLastText() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            String uri = lsp.open(dir.resolve("burst.md").toUri().toString(), "");
            List<CompletableFuture<?>> requests = new ArrayList<>();
            String last = "";
            for (int v = 2; v <= 500; v++) {
                last = "---\nname: burst\ndescription: d\ntools: Read" + ", Task".repeat(v % 4) + "\n---\n" + "x".repeat(v);
                lsp.change(uri, v, last);
                requests.add(lsp.server.getTextDocumentService().completion(
                        new CompletionParams(new TextDocumentIdentifier(uri), new Position(3, 10))));
            }
            for (CompletableFuture<?> r : requests) {
                r.get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS);
            }
            int expected = 500 % 4 == 0 ? 0 : 1;
            assertEquals(expected, lsp.diagnostics(uri, 500).getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("AG017")).count());
            assertTrue(lsp.client.published.size() < 499, "debounced: " + lsp.client.published.size() + " publications");
        }
    }

    @Test
    void aFileDeletedWhileOpenKeepsItsDiagnostics() throws Exception {
        Path file = dir.resolve("gone.md");
        Files.writeString(file, "---\nname: gone\ndescription: d\ntools: Task\n---\nx\n");
        try (LspHarness lsp = new LspHarness(dir)) {
            String uri = lsp.open(file);
            lsp.diagnostics(uri, 1);
            Files.delete(file);
            lsp.server.getWorkspaceService().didChangeWatchedFiles(
                    new DidChangeWatchedFilesParams(List.of(new FileEvent(uri, FileChangeType.Deleted))));
            lsp.change(uri, 2, "---\nname: gone\ndescription: d\ntools: Task, MultiEdit\n---\nx\n");
            assertEquals(2, lsp.diagnostics(uri, 2).getDiagnostics().size());
            everyRequest(lsp, uri, "");
            lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            lsp.client.await(uri, p -> p.getDiagnostics().isEmpty());
            assertEquals(0, lsp.shutdownAndExit());
        }
    }

    private static void everyRequest(LspHarness lsp, String uri, String text) throws Exception {
        var docs = lsp.server.getTextDocumentService();
        TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
        for (int line : new int[] {0, 1, 2, 5_000_000}) {
            Position p = new Position(line, line == 0 ? 1 : 3);
            docs.hover(new HoverParams(id, p)).get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS);
            docs.completion(new CompletionParams(id, p)).get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS);
        }
        docs.codeAction(new CodeActionParams(id, new Range(new Position(0, 0), new Position(9_999, 0)),
                new CodeActionContext(List.of()))).get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS);
    }
}
