package dev.agentctl.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionAndHoverTest {

    static final String AGENT = """
            ---
            name: helper
            description: Helps
            tools: Read, Task, MultiEdit, mcp__jira__search, Frobnicate
            model: opus[1m]
            colour: blue
            ---

            You help.
            """;

    @TempDir
    Path dir;
    LspHarness lsp;

    @BeforeEach
    void start() throws Exception {
        JsonObject options = new JsonObject();
        JsonArray tools = new JsonArray();
        tools.add("mcp__jira__search");
        options.add("knownTools", tools);
        Files.writeString(dir.resolve(".agentctl.yaml"), "known-tools:\n  - mcp__github__create_issue\n");
        lsp = new LspHarness(dir, options);
    }

    @AfterEach
    void stop() throws Exception {
        lsp.close();
    }

    @Test
    void toolNamesCompleteInToolsIncludingTheUsersKnownTools() throws Exception {
        String uri = lsp.open(dir.resolve("a.md").toUri().toString(), "---\nname: a\ndescription: b\ntools: Read, \n---\n");
        List<String> labels = labels(complete(uri, 3, 13));
        assertTrue(labels.contains("Grep"), labels.toString());
        assertTrue(labels.contains("mcp__github__create_issue"), "known tool from .agentctl.yaml: " + labels);
        assertTrue(labels.contains("mcp__jira__search"), "known tool from the client's options: " + labels);
        assertFalse(labels.contains("Read"), "already listed");
        assertFalse(labels.contains("MultiEdit"), "removed tools are not offered");
        assertFalse(labels.contains("AskUserQuestion"), "never granted to a subagent");
    }

    @Test
    void toolNamesCompleteInABlockList() throws Exception {
        String uri = lsp.open(dir.resolve("a.md").toUri().toString(), "---\nname: a\ndescription: b\ndisallowedTools:\n  - \n---\n");
        List<String> labels = labels(complete(uri, 4, 4));
        assertTrue(labels.contains("Bash") && labels.contains("mcp__*"), labels.toString());
    }

    @Test
    void keysCompleteAtTheStartOfALineAndValuesAfterTheirKey() throws Exception {
        String uri = lsp.open(dir.resolve("a.md").toUri().toString(),
                "---\nname: a\nco\nmodel: \npermissionMode: \neffort: \ncolor: \n---\nbody co\n");
        List<String> keys = labels(complete(uri, 2, 2));
        assertTrue(keys.containsAll(List.of("description", "tools", "disallowedTools", "memory")), keys.toString());
        assertFalse(keys.contains("name") || keys.contains("color"), "keys already written: " + keys);
        assertTrue(labels(complete(uri, 3, 7)).containsAll(List.of("inherit", "sonnet", "opus", "haiku")));
        assertTrue(labels(complete(uri, 4, 16)).containsAll(List.of("plan", "acceptEdits", "bypassPermissions")));
        assertTrue(labels(complete(uri, 5, 8)).containsAll(List.of("low", "medium", "high")));
        assertTrue(labels(complete(uri, 6, 7)).containsAll(List.of("red", "blue", "cyan")));
        assertEquals(List.of(), complete(uri, 8, 7), "nothing in the body");
    }

    @Test
    void hoverExplainsToolsModelKeysNamesAndTheWholeAgent() throws Exception {
        Path twin = Files.writeString(dir.resolve("z.md"), "---\nname: helper\ndescription: Other\n---\nx\n");
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                List.of(new org.eclipse.lsp4j.FileEvent(twin.toUri().toString(), org.eclipse.lsp4j.FileChangeType.Created))));
        String uri = lsp.open(dir.resolve("a.md").toUri().toString(), AGENT);
        lsp.diagnostics(uri, 1);
        assertTrue(hover(uri, 3, 14).contains("old name of `Agent`"), hover(uri, 3, 14));
        assertTrue(hover(uri, 3, 21).contains("no longer a Claude Code tool") && hover(uri, 3, 21).contains("`Edit`"));
        assertTrue(hover(uri, 3, 33).contains("known tool from your configuration"), hover(uri, 3, 33));
        assertTrue(hover(uri, 3, 55).contains("grants nothing"), hover(uri, 3, 55));
        assertTrue(hover(uri, 3, 8).contains("Claude Code grants it"), hover(uri, 3, 8));
        assertTrue(hover(uri, 4, 9).contains("1M-token"), hover(uri, 4, 9));
        assertTrue(hover(uri, 5, 2).contains("did you mean `color`?".replace("did", "Did")), hover(uri, 5, 2));
        assertTrue(hover(uri, 2, 3).contains("Sent with every request"), hover(uri, 2, 3));
        String name = hover(uri, 1, 8);
        assertTrue(name.contains("2 files") && name.contains("`z.md` (wins)") && name.contains("`a.md` (ignored)"), name);
        String whole = hover(uri, 0, 1);
        assertTrue(whole.contains("a.md: loaded") && whole.contains("model:       opus[1m]"), whole);
        assertNull(lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(8, 2)))
                .get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS), "nothing in the body");
    }

    private List<CompletionItem> complete(String uri, int line, int character) throws Exception {
        return lsp.server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS).getLeft();
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private String hover(String uri, int line, int character) throws Exception {
        Hover h = lsp.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS);
        return h == null ? "(no hover)" : h.getContents().getRight().getValue();
    }
}
