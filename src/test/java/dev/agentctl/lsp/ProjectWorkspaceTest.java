package dev.agentctl.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository as people keep one: project agents, a nested project, a plugin with a manifest and a marketplace,
 * skills, slash commands, docs, a package's agents under {@code node_modules/} and a folder git ignores. The server
 * must see it as {@code agentctl validate ROOT} does: the same findings on every file, none on what is not an agent.
 */
class ProjectWorkspaceTest {

    @TempDir
    Path dir;

    /** Every file of the layout, by path relative to the root. */
    private final Map<String, String> layout = new TreeMap<>();

    @BeforeEach
    void layOut() throws Exception {
        layout.put(".gitignore", "build/\n");
        // Project agents: a legacy alias, an unknown skill, and two files of one folder naming the same agent.
        layout.put(".claude/agents/reviewer.md", """
                ---
                name: reviewer
                description: Reviews code
                tools: Read, Task
                skills: [house-style, nowhere]
                ---
                You review code.
                """);
        layout.put(".claude/agents/team/reviewer.md", """
                ---
                name: reviewer
                description: Reviews code for the team
                ---
                You review code.
                """);
        layout.put(".claude/skills/house-style/SKILL.md", """
                ---
                name: house-style
                description: How we write
                allowed-tools: Read
                ---
                Write plainly.
                """);
        layout.put(".claude/commands/deploy.md", """
                ---
                description: Deploy the service
                allowed-tools: Bash(git:*)
                argument-hint: [env]
                ---
                Deploy to $1.
                """);
        // A nested project: same agent name, another folder, so no clash.
        layout.put("services/api/.claude/agents/reviewer.md", """
                ---
                name: reviewer
                description: Reviews the API
                ---
                You review the API.
                """);
        // A plugin whose manifest lists a missing file, an agent with a key plugins ignore, and a placeholder.
        layout.put("plugins/tools/.claude-plugin/plugin.json", """
                {
                  "name": "tools",
                  "agents": ["./agents/reviewer.md", "./agents/notes.md", "./agents/gone.md"]
                }
                """);
        layout.put("plugins/tools/agents/reviewer.md", """
                ---
                name: reviewer
                description: The plugin's reviewer
                permissionMode: acceptEdits
                ---
                You review.
                """);
        layout.put("plugins/tools/agents/notes.md", "Just notes, no frontmatter.\n");
        layout.put("plugins/tools/skills/lint/SKILL.md", "---\nname: lint\ndescription: Lints\n---\nLint.\n");
        layout.put("plugins/tools/commands/run.md", "---\ndescription: Runs the tools\n---\nRun.\n");
        layout.put(".claude-plugin/marketplace.json", """
                {
                  "name": "house",
                  "plugins": [
                    {"name": "tools", "source": "./plugins/tools"},
                    {"name": "lost", "source": "./plugins/lost"}
                  ]
                }
                """);
        layout.put("docs/agents.md", """
                ---
                title: Writing agents
                ---
                ```
                name: example
                ```
                """);
        layout.put("README.md", "# The project\n");
        layout.put("node_modules/pkg/.claude/agents/broken.md", "---\nname: Broken Name\n---\n");
        layout.put("build/.claude/agents/stale.md", "---\nname: stale\ntools: MultiEdit\n---\n");
        for (Map.Entry<String, String> e : layout.entrySet()) {
            write(e.getKey(), e.getValue());
        }
    }

    @Test
    void everyFileGetsWhatValidateReportsAndNonAgentsNothing() throws Exception {
        Map<String, List<String>> expected = validate();
        assertTrue(expected.keySet().containsAll(List.of(".claude/agents/reviewer.md", "plugins/tools/.claude-plugin/plugin.json",
                ".claude-plugin/marketplace.json", "plugins/tools/agents/reviewer.md", "plugins/tools/agents/notes.md")),
                "the layout exercises the plugin and project rules: " + expected.keySet());
        List<String> rules = expected.values().stream().flatMap(List::stream).map(s -> s.split(" ")[2]).toList();
        assertTrue(rules.containsAll(List.of("AG017", "AG033", "AG038", "AG039", "AG040", "AG041")), rules.toString());
        try (LspHarness lsp = new LspHarness(dir)) {
            Map<String, List<String>> got = openAll(lsp);
            for (String file : layout.keySet()) {
                assertEquals(new TreeSet<>(expected.getOrDefault(file, List.of())), new TreeSet<>(got.get(file)), file);
                assertEquals(expected.getOrDefault(file, List.of()).size(), got.get(file).size(), file);
            }
            for (String notAnAgent : List.of(".claude/skills/house-style/SKILL.md", ".claude/commands/deploy.md",
                    "plugins/tools/skills/lint/SKILL.md", "plugins/tools/commands/run.md", "docs/agents.md", "README.md",
                    "node_modules/pkg/.claude/agents/broken.md", "build/.claude/agents/stale.md", ".gitignore")) {
                assertEquals(List.of(), got.get(notAnAgent), notAnAgent);
            }
            assertEquals(0, lsp.shutdownAndExit());
        }
    }

    @Test
    void manifestsAndIgnoreFilesChangingOnDiskAreFollowed() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            openAll(lsp);
            String manifest = uri("plugins/tools/.claude-plugin/plugin.json");
            String stale = uri("build/.claude/agents/stale.md");
            String pluginAgent = uri("plugins/tools/agents/reviewer.md");
            write("plugins/tools/.claude-plugin/plugin.json", "{\"name\": \"tools\"}\n");
            write(".gitignore", "");
            notify(lsp, FileChangeType.Changed, "plugins/tools/.claude-plugin/plugin.json", ".gitignore");
            lsp.client.await(manifest, p -> p.getDiagnostics().isEmpty());
            // No longer ignored: the folder's agent is checked, as validate now checks it.
            lsp.client.await(stale, p -> codes(p.getDiagnostics()).contains("AG016"));
            // The plugin now loads every file of agents/: its agents are still plugin agents, still lenient.
            assertEquals(List.of("AG040"), codes(lsp.client.await(pluginAgent, p -> true).getDiagnostics()));
            Map<String, List<String>> expected = validate();
            for (String file : List.of("plugins/tools/.claude-plugin/plugin.json", "build/.claude/agents/stale.md",
                    "plugins/tools/agents/reviewer.md", "plugins/tools/agents/notes.md", ".claude/agents/reviewer.md")) {
                List<String> now = new ArrayList<>();
                for (Diagnostic d : lsp.client.await(uri(file), p -> true).getDiagnostics()) {
                    now.add(LanguageServerTest.key(d));
                }
                assertEquals(new TreeSet<>(expected.getOrDefault(file, List.of())), new TreeSet<>(now), file);
            }
            // A skill created on disk answers the agent's `skills:` entry.
            write(".claude/skills/nowhere/SKILL.md", "---\nname: nowhere\ndescription: Here now\n---\nx\n");
            notify(lsp, FileChangeType.Created, ".claude/skills/nowhere/SKILL.md");
            lsp.client.await(uri(".claude/agents/reviewer.md"), p -> !codes(p.getDiagnostics()).contains("AG041"));
        }
    }

    @Test
    void hoverOnNameFollowsTheProjectsPrecedence() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            openAll(lsp);
            String loser = hover(lsp, ".claude/agents/reviewer.md", 1, 8);
            assertTrue(loser.contains("2 files in `.claude/agents` define it")
                    && loser.contains("`.claude/agents/team/reviewer.md` (wins)")
                    && loser.contains("`.claude/agents/reviewer.md` (ignored)"), loser);
            assertTrue(loser.contains("`services/api/.claude/agents/reviewer.md`: its folder is closer to a session started in `services/api/`"),
                    loser);
            assertTrue(!loser.contains("plugins/tools"), "a plugin's agent is namespaced: " + loser);
            String nested = hover(lsp, "services/api/.claude/agents/reviewer.md", 1, 8);
            assertTrue(nested.contains("`.claude/agents/team/reviewer.md`: this folder is closer to a session started in `services/api/`")
                    && !nested.contains("`.claude/agents/reviewer.md`"), "only the file the other folder keeps: " + nested);
            String plugin = hover(lsp, "plugins/tools/agents/reviewer.md", 1, 8);
            assertTrue(plugin.contains("**`tools:reviewer`**") && plugin.contains("never clashes"), plugin);
            assertEquals("(no hover)", hover(lsp, ".claude/skills/house-style/SKILL.md", 1, 8), "a skill is not an agent");
            String whole = hover(lsp, "plugins/tools/agents/reviewer.md", 0, 1);
            assertTrue(whole.contains("plugins/tools/agents/reviewer.md: loaded") && whole.contains("plugin:      tools, loaded as `tools:reviewer`"),
                    whole);
        }
    }

    @Test
    void editingASkillOrACommandGivesNothingWhileAnAgentWrittenLaterIsChecked() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            String skill = lsp.open(dir.resolve(".claude/skills/house-style/SKILL.md"));
            lsp.diagnostics(skill, 1);
            lsp.change(skill, 2, "---\nname: House Style\ncolour: mauve\ntools: MultiEdit\n---\n");
            assertEquals(List.of(), lsp.diagnostics(skill, 2).getDiagnostics());
            assertEquals(List.of(), LanguageServerTest.actions(lsp, skill, new org.eclipse.lsp4j.Range(new Position(0, 0),
                    new Position(5, 0)), List.of(), null), "no quick fixes meant for agents");
            String command = lsp.open(dir.resolve(".claude/commands/deploy.md"));
            lsp.change(command, 2, "---\ndescription: Deploy\nallowed-tools: Task\n---\n");
            assertEquals(List.of(), lsp.diagnostics(command, 2).getDiagnostics());
            // Written after the server read the project, and no file event: found when opened all the same.
            write(".claude/agents/late.md", "---\nname: late\ndescription: Came later\ntools: Task\n---\nx\n");
            String late = lsp.open(dir.resolve(".claude/agents/late.md"));
            assertEquals(List.of("AG017"), codes(lsp.diagnostics(late, 1).getDiagnostics()));
            // Not yet saved, in an agents folder: checked as the agent it will be.
            String draft = lsp.open(uri(".claude/agents/draft.md"), "---\nname: draft\ndescription: d\ntools: Task\n---\n");
            assertEquals(List.of("AG017"), codes(lsp.diagnostics(draft, 1).getDiagnostics()));
            String note = lsp.open(uri("docs/unsaved.md"), "---\nname: Not An Agent\n---\n");
            assertEquals(List.of(), lsp.diagnostics(note, 1).getDiagnostics());
            String ignored = lsp.open(uri("node_modules/pkg/.claude/agents/new.md"), "---\nname: Not An Agent\n---\n");
            assertEquals(List.of(), lsp.diagnostics(ignored, 1).getDiagnostics());
            ignored = lsp.open(uri("build/.claude/agents/new.md"), "---\nname: Not An Agent\n---\n");
            assertEquals(List.of(), lsp.diagnostics(ignored, 1).getDiagnostics());
        }
    }

    @Test
    void theConfigurationsExcludeLeavesFilesOutAsForValidate() throws Exception {
        write(".agentctl.yaml", "exclude:\n  - services\n  - .claude/agents/team\n");
        Map<String, List<String>> expected = validate(dir, "--config", dir.resolve(".agentctl.yaml").toString());
        assertTrue(!expected.containsKey(".claude/agents/team/reviewer.md") && expected.containsKey(".claude/agents/reviewer.md"),
                expected.keySet().toString());
        try (LspHarness lsp = new LspHarness(dir)) {
            Map<String, List<String>> got = openAll(lsp);
            for (String file : layout.keySet()) {
                assertEquals(new TreeSet<>(expected.getOrDefault(file, List.of())), new TreeSet<>(got.get(file)), file);
            }
            assertEquals(List.of(), got.get("services/api/.claude/agents/reviewer.md"));
            assertTrue(got.get(".claude/agents/reviewer.md").stream().noneMatch(d -> d.contains("AG033")),
                    "the excluded twin is no duplicate: " + got.get(".claude/agents/reviewer.md"));
        }
    }

    @Test
    void aSkillSavedInTheEditorIsFoundWithoutAFileEvent() throws Exception {
        try (LspHarness lsp = new LspHarness(dir)) {
            String agent = lsp.open(dir.resolve(".claude/agents/reviewer.md"));
            assertTrue(codes(lsp.diagnostics(agent, 1).getDiagnostics()).contains("AG041"));
            String text = "---\nname: nowhere\ndescription: Here now\n---\nx\n";
            String skill = lsp.open(uri(".claude/skills/nowhere/SKILL.md"), text);
            assertEquals(List.of(), lsp.diagnostics(skill, 1).getDiagnostics());
            write(".claude/skills/nowhere/SKILL.md", text);
            lsp.server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(new TextDocumentIdentifier(skill)));
            lsp.client.await(agent, p -> !codes(p.getDiagnostics()).contains("AG041"));
        }
    }

    @Test
    void withoutAFolderAPluginsAgentIsCheckedAsValidateChecksItNamedAlone() throws Exception {
        Path file = dir.resolve("plugins/tools/agents/reviewer.md");
        StringWriter out = new StringWriter();
        Main.run(new String[] {"validate", "--format", "json", file.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        List<String> expected = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(out.toString())) {
            expected.add(d.get("ruleId").asText() + " " + d.get("message").asText());
        }
        assertTrue(expected.stream().anyMatch(e -> e.startsWith("AG040")), expected.toString());
        try (LspHarness lsp = new LspHarness(null)) {
            List<String> got = new ArrayList<>();
            for (Diagnostic d : lsp.diagnostics(lsp.open(file), 1).getDiagnostics()) {
                got.add(d.getCode().getLeft() + " " + d.getMessage());
            }
            assertEquals(new TreeSet<>(expected), new TreeSet<>(got));
        }
    }

    @Test
    void aWorkspaceFolderThatIsNotThereReadsItsDocumentsAsAgents() throws Exception {
        Path missing = dir.resolve("not-made-yet");
        try (LspHarness lsp = new LspHarness(missing)) {
            String uri = lsp.open(missing.resolve("a.md").toUri().toString(), "---\nname: a\ndescription: d\ntools: Task\n---\n");
            assertEquals(List.of("AG017"), codes(lsp.diagnostics(uri, 1).getDiagnostics()));
        }
    }

    @Test
    void inAFolderOfAgentsASkillOrACommandGetsOnlyValidatesInfoLine() throws Exception {
        Path root = dir.resolve("collection");
        Map<String, String> files = Map.of(
                "reviewer.md", "---\nname: reviewer\ndescription: Reviews\ntools: Task\n---\nx\n",
                "skills/style/SKILL.md", "---\nname: style\ndescription: Style\nallowed-tools: Read\n---\nx\n",
                "commands/ship.md", "---\ndescription: Ship\n---\nShip.\n");
        for (Map.Entry<String, String> e : files.entrySet()) {
            write("collection/" + e.getKey(), e.getValue());
        }
        Map<String, List<String>> expected = validate(root);
        try (LspHarness lsp = new LspHarness(root)) {
            for (String file : files.keySet()) {
                List<String> got = new ArrayList<>();
                for (Diagnostic d : lsp.diagnostics(lsp.open(root.resolve(file)), 1).getDiagnostics()) {
                    got.add(LanguageServerTest.key(d));
                }
                assertEquals(new TreeSet<>(expected.getOrDefault(file, List.of())), new TreeSet<>(got), file);
                if (!file.equals("reviewer.md")) {
                    assertTrue(got.size() == 1 && got.get(0).contains(" info AG035 "), file + ": " + got);
                }
            }
        }
    }

    // ---- helpers

    /** Opens every file of the layout, as an editor with all of them open; returns each one's diagnostics. */
    private Map<String, List<String>> openAll(LspHarness lsp) throws Exception {
        for (String file : layout.keySet()) {
            lsp.open(dir.resolve(file));
        }
        Map<String, List<String>> got = new TreeMap<>();
        for (String file : layout.keySet()) {
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : lsp.diagnostics(uri(file), 1).getDiagnostics()) {
                lines.add(LanguageServerTest.key(d));
            }
            got.put(file, lines);
        }
        // Whatever arrives later for a file (the project rules once all are open) replaces what came first.
        Thread.sleep(200);
        for (String file : layout.keySet()) {
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : lsp.client.latest.get(uri(file)).getDiagnostics()) {
                lines.add(LanguageServerTest.key(d));
            }
            got.put(file, lines);
        }
        return got;
    }

    /** validate --format json at the root, run from the root as CI runs it, by file. */
    private Map<String, List<String>> validate() throws Exception {
        return validate(dir);
    }

    private static Map<String, List<String>> validate(Path root, String... options) throws Exception {
        StringWriter out = new StringWriter();
        String prefix = root.toString().replace('\\', '/') + "/";
        List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
        args.addAll(List.of(options));
        args.add(root.toString());
        Main.run(args.toArray(String[]::new), new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        Map<String, List<String>> byFile = new TreeMap<>();
        for (JsonNode d : new ObjectMapper().readTree(out.toString())) {
            String file = d.get("file").asText().replace(prefix, "");
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(d.get("line") + ":" + d.get("column") + "-"
                    + d.get("endLine") + ":" + d.get("endColumn") + " " + d.get("severity").asText() + " "
                    + d.get("ruleId").asText() + " " + d.get("message").asText().replace(prefix, ""));
        }
        return byFile;
    }

    private String hover(LspHarness lsp, String file, int line, int character) throws Exception {
        Hover h = lsp.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri(file)), new Position(line, character)))
                .get(LspHarness.TIMEOUT_S, TimeUnit.SECONDS);
        return h == null ? "(no hover)" : h.getContents().getRight().getValue();
    }

    private void notify(LspHarness lsp, FileChangeType type, String... files) {
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                Stream.of(files).map(f -> new FileEvent(uri(f), type)).toList()));
    }

    private static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.getCode().getLeft()).toList();
    }

    private String uri(String file) {
        return dir.resolve(file).toUri().toString();
    }

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
