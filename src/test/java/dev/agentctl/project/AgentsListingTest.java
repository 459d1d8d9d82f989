package dev.agentctl.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentctl.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code agentctl agents} lists for layouts met in real repositories, each as Claude Code 2.1.332 listed it:
 * agent type, description and tools exactly as its agent list shows them.
 */
class AgentsListingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void agent(String path, String frontmatter) throws IOException {
        write(path, "---\n" + frontmatter + "---\nBody.\n");
    }

    /** agent type → "description | tools", as {@code agents --format json} lists them for {@code cwd}. */
    private Map<String, String> listed(String cwd, String... flags) throws IOException {
        Files.createDirectories(root.resolve(cwd).resolve(".git"));
        Path home = Files.createDirectories(root.resolve("home"));
        List<String> args = new ArrayList<>(List.of("agents", "--format", "json", "--home", home.toString(),
                "--managed-dir", root.resolve("no-managed").toString()));
        for (String f : flags) {
            args.add(f.replace("{root}", root.toString()));
        }
        args.add(root.resolve(cwd).toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertNotEquals(2, exit, () -> "agentctl failed: " + err);
        Map<String, String> got = new TreeMap<>();
        for (JsonNode a : JSON.readTree(out.toString()).path("agents")) {
            got.put(a.path("agentType").asText(), a.path("description").asText() + " | " + a.path("tools").asText());
        }
        return got;
    }

    @Test
    void toolsAreListedAsClaudeCodeListsThemWithDisallowedToolsAndEmptyLists() throws IOException {
        write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        for (String dir : List.of("project/.claude/agents/", "plugins/p/agents/")) {
            agent(dir + "dis.md", "name: dis\ndescription: d\ndisallowedTools: Bash, Write\n");
            agent(dir + "both.md", "name: both\ndescription: d\ntools: Read, Bash\ndisallowedTools: Bash\n");
            agent(dir + "none.md", "name: none\ndescription: d\ntools: Bash\ndisallowedTools: Bash\n");
            agent(dir + "star.md", "name: star\ndescription: d\ntools: \"*\"\ndisallowedTools: Edit\n");
            agent(dir + "empty.md", "name: empty\ndescription: d\ntools: []\n");
            agent(dir + "nulltools.md", "name: nulltools\ndescription: d\ntools:\ndisallowedTools: Edit\n");
            agent(dir + "number.md", "name: number\ndescription: d\ntools: 5\n");
            agent(dir + "denystar.md", "name: denystar\ndescription: d\ndisallowedTools: Read, *\n");
            agent(dir + "twice.md", "name: twice\ndescription: d\ndisallowedTools: Edit, Edit\n");
            agent(dir + "pattern.md", "name: pattern\ndescription: d\ntools: Bash(git:*), Read\ndisallowedTools: Bash\n");
        }
        Map<String, String> want = new TreeMap<>();
        for (String prefix : List.of("", "p:")) {
            want.put(prefix + "dis", "d | All tools except Bash, Write");
            want.put(prefix + "both", "d | Read");
            want.put(prefix + "none", "d | None");
            want.put(prefix + "star", "d | All tools except Edit");
            want.put(prefix + "empty", "d | All tools"); // listed so, though the agent is granted no tool
            want.put(prefix + "nulltools", "d | All tools except Edit");
            want.put(prefix + "number", "d | All tools");
            want.put(prefix + "denystar", "d | All tools");
            want.put(prefix + "twice", "d | All tools except Edit, Edit");
            want.put(prefix + "pattern", "d | Bash(git:*), Read");
        }
        assertEquals(want, listed("project", "--plugin-dir", "{root}/plugins/p"));
    }

    @Test
    void pluginAgentDescriptionsAreTrimmedProjectOnesAreNot() throws IOException {
        write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        for (String dir : List.of("project/.claude/agents/", "plugins/p/agents/")) {
            agent(dir + "fold.md", "name: fold\ndescription: >\n  folded one\n  two.\n");
            agent(dir + "lit.md", "name: lit\ndescription: |\n  literal one\n  literal two\n");
            agent(dir + "quoted.md", "name: quoted\ndescription: \"  spaced  \"\n");
        }
        agent("plugins/p/agents/blank.md", "name: blank\ndescription: \"   \"\nwhen_to_use: the fallback\n");
        agent("plugins/p/agents/wtu.md", "name: wtu\nwhen_to_use: \"  padded  \"\n");
        assertEquals(Map.of(
                "fold", "folded one two.\n | All tools",
                "lit", "literal one\nliteral two\n | All tools",
                "quoted", "  spaced   | All tools",
                "p:fold", "folded one two. | All tools",
                "p:lit", "literal one\nliteral two | All tools",
                "p:quoted", "spaced | All tools",
                "p:blank", "the fallback | All tools",
                "p:wtu", "padded | All tools"), listed("project", "--plugin-dir", "{root}/plugins/p"));
    }

    @Test
    void aPluginDirWithoutManifestIsOnePluginWhenSomethingAtItsTopMarksIt() throws IOException {
        agent("bare/agents/a.md", "name: a\ndescription: d\n");
        agent("withcommands/agents/b.md", "name: b\ndescription: d\n");
        agent("withcommands/commands/c.md", "name: c\ndescription: a command\n");
        Files.createDirectories(root.resolve("emptymanifestdir/.claude-plugin"));
        agent("emptymanifestdir/agents/x.md", "name: x\ndescription: d\n");
        write("skillsonly/skills/s/SKILL.md", "---\nname: s\ndescription: d\n---\n");
        agent("skillsonly/agents/sub/y.md", "name: y\ndescription: d\n");
        // a folder of plugins: only children with a manifest load
        write("folder/withmanifest/.claude-plugin/plugin.json", "{\"name\": \"m\"}");
        agent("folder/withmanifest/agents/m.md", "name: m\ndescription: d\n");
        agent("folder/nomanifest/agents/n.md", "name: n\ndescription: d\n");
        // a marketplace's .claude-plugin/ does not make its folder a plugin
        write("market/.claude-plugin/marketplace.json", "{\"name\": \"mk\", \"plugins\": []}");
        write("market/listed/.claude-plugin/plugin.json", "{\"name\": \"listed\"}");
        agent("market/listed/agents/l.md", "name: l\ndescription: d\n");
        // an agents/ folder that is itself a plugin does not make its parent one
        write("nested/agents/.claude-plugin/plugin.json", "{\"name\": \"inner\"}");
        agent("nested/agents/agents/i.md", "name: i\ndescription: d\n");
        assertEquals(Map.of(
                "bare:a", "d | All tools",
                "withcommands:b", "d | All tools",
                "emptymanifestdir:x", "d | All tools",
                "skillsonly:sub:y", "d | All tools",
                "m:m", "d | All tools",
                "listed:l", "d | All tools",
                "inner:i", "d | All tools"),
                listed("project", "--plugin-dir", "{root}/bare", "--plugin-dir", "{root}/withcommands",
                        "--plugin-dir", "{root}/emptymanifestdir", "--plugin-dir", "{root}/skillsonly",
                        "--plugin-dir", "{root}/folder", "--plugin-dir", "{root}/market", "--plugin-dir", "{root}/nested"));
    }

    @Test
    void aPlaceholderPluginAgentInASubfolderKeepsTheFoldersInItsAgentType() throws IOException {
        write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        write("plugins/p/agents/README.md", "# Top\n");
        write("plugins/p/agents/docs/guide/README.md", "# Nested notes, no frontmatter\n");
        agent("plugins/p/agents/docs/broken.md", "name: broken\ndescription: d\n  - x\n: y\n"); // not YAML, even repaired
        assertEquals(Map.of(
                "p:README", "Agent from p plugin | All tools",
                "p:docs:guide:README", "Agent from p plugin | All tools",
                "p:docs:broken", "Agent from p plugin | All tools"), listed("project", "--plugin-dir", "{root}/plugins/p"));
    }

    @Test
    void manifestAgentsMustStartWithDotSlashAndStayInsideThePlugin() throws IOException {
        agent("plugins/p/agents/y.md", "name: y\ndescription: d\n");
        agent("plugins/p/agents/x.md", "name: x\ndescription: d\n");
        agent("plugins/outside.md", "name: outside\ndescription: d\n");
        Files.createSymbolicLink(root.resolve("plugins/p/agents/linked-out.md"), Path.of("../../outside.md"));
        write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\", \"agents\": [\"./agents/../agents/y.md\", "
                + "\"./../outside.md\", \"./agents/x.md\", \"./agents/x.md\", \"./agents/linked-out.md\"]}");
        agent("plugins/s/agents/a.md", "name: a\ndescription: d\n");
        write("plugins/s/.claude-plugin/plugin.json", "{\"name\": \"s\", \"agents\": [\"./agents/a.md\", \"agents/a.md\"]}");
        assertEquals(Map.of("p:y", "d | All tools", "p:x", "d | All tools"),
                listed("project", "--plugin-dir", "{root}/plugins/p", "--plugin-dir", "{root}/plugins/s"));
        List<String> findings = Plugin.read(root.resolve("plugins/p"), root).findings().stream().map(f -> f.message()).toList();
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.stream().allMatch(m -> m.contains("outside the plugin's folder")), findings::toString);
        assertEquals(false, Plugin.read(root.resolve("plugins/s"), root).loads());
    }

    @Test
    void aPluginNameWithWhitespaceOrAColonIsRejectedOtherNamesLoad() throws IOException {
        String[] names = {"My Plugin", "UPPER", "dots.name", "under_score", "a:b", "-lead", "at@x", "zero\u200Bwidth"};
        for (int i = 0; i < names.length; i++) {
            write("plugins/p" + i + "/.claude-plugin/plugin.json", "{\"name\": \"" + names[i] + "\"}");
            agent("plugins/p" + i + "/agents/x.md", "name: x\ndescription: d\n");
        }
        assertEquals(Map.of("UPPER:x", "d | All tools", "dots.name:x", "d | All tools", "under_score:x", "d | All tools",
                "-lead:x", "d | All tools"), listed("project", "--plugin-dir", "{root}/plugins"));
        assertTrue(Plugin.read(root.resolve("plugins/p0"), root).findings().get(0).message().contains("whitespace"));
    }

    @Test
    void componentPathsAndVersionInTheManifestDecideWhetherThePluginLoads() throws IOException {
        String[] fields = {
            "\"commands\": \"commands/\"", "\"skills\": [\"skills/x\"]", "\"outputStyles\": [\"./styles\", \"styles2\"]",
            "\"hooks\": \"./hooks/h.txt\"", "\"mcpServers\": \"mcp.json\"", "\"lspServers\": \"x\"", "\"version\": 1",
            // these load
            "\"commands\": \"./commands/a.txt\"", "\"skills\": \"./skills\"", "\"hooks\": \"./hooks/missing.json\"",
            "\"mcpServers\": \"./mcp.json\"", "\"version\": \"not-semver\"", "\"author\": \"a string\"",
            "\"commands\": {\"x\": {\"source\": \"./commands/a.md\"}}"};
        for (int i = 0; i < fields.length; i++) {
            write("plugins/q" + i + "/.claude-plugin/plugin.json", "{\"name\": \"q" + i + "\", " + fields[i] + "}");
            agent("plugins/q" + i + "/agents/x.md", "name: x\ndescription: d\n");
        }
        Map<String, String> want = new TreeMap<>();
        for (int i = 7; i < fields.length; i++) {
            want.put("q" + i + ":x", "d | All tools");
        }
        assertEquals(want, listed("project", "--plugin-dir", "{root}/plugins"));
        assertEquals("`hooks` entry `./hooks/h.txt` does not end in `.json`, so Claude Code rejects the whole plugin `q3` and "
                + "loads none of its agents", Plugin.read(root.resolve("plugins/q3"), root).findings().get(0).message());
    }

    @Test
    void aManifestWithAByteOrderMarkLoadsCommentsAndTrailingCommasDoNot() throws IOException {
        write("plugins/bom/.claude-plugin/plugin.json", "\uFEFF{\"name\": \"bom\"}");
        write("plugins/comment/.claude-plugin/plugin.json", "{\n  // a comment\n  \"name\": \"comment\"\n}");
        write("plugins/trailing/.claude-plugin/plugin.json", "{\"name\": \"trailing\",}");
        write("plugins/twice/.claude-plugin/plugin.json", "{\"name\": \"first\", \"name\": \"twice\"}");
        for (String p : List.of("bom", "comment", "trailing", "twice")) {
            agent("plugins/" + p + "/agents/x.md", "name: x\ndescription: d\n");
        }
        assertEquals(Map.of("bom:x", "d | All tools", "twice:x", "d | All tools"), listed("project", "--plugin-dir", "{root}/plugins"));
    }

    @Test
    void agentsGivenWithTheFlagListTheirToolsTheSameWayAndABadConfigurationIsRefused() throws IOException {
        String json = "{\"fa\": {\"description\": \"fa\", \"prompt\": \"x\", \"tools\": [], \"disallowedTools\": [\"Edit\"]},"
                + "\"fb\": {\"description\": \"  fb  \", \"prompt\": \"x\", \"disallowedTools\": [\"Bash\"]},"
                + "\"fc\": {\"description\": \"fc\", \"prompt\": \"x\", \"tools\": [\"Read\", \"Bash\"], \"disallowedTools\": [\"Bash\"]},"
                + "\"fe\": {\"description\": \"fe\", \"prompt\": \"x\", \"tools\": [\"*\"], \"disallowedTools\": [\"Edit\"]},"
                + "\"fh\": {\"description\": \"fh\", \"prompt\": \"x\", \"tools\": [\"Read Grep\", \"Bash(git:*)\"]}}";
        assertEquals(Map.of("fa", "fa | All tools except Edit", "fb", "  fb   | All tools except Bash", "fc", "fc | Read",
                "fe", "fe | All tools except Edit", "fh", "fh | Read, Grep, Bash(git:*)"), listed("project", "--agents", json));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"agents", "--agents", "{\"fd\": {\"description\": \"fd\", \"prompt\": \"x\", "
                + "\"tools\": \"Read, Grep\"}, \"ff\": {\"description\": \"ff\"}}", root.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, exit);
        assertTrue(err.toString().contains("fd.tools: expected a list; ff.prompt: expected a string"), err::toString);
    }

    @Test
    void aPluginAgentsNameIsTakenAsWrittenNotTrimmedAndANumberCounts() throws IOException {
        write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        agent("plugins/p/agents/a.md", "name: \"  spaced  \"\ndescription: d1\n");
        agent("plugins/p/agents/b.md", "name: my agent\ndescription: d2\n");
        agent("plugins/p/agents/c.md", "name: \"\"\ndescription: d3\n");
        agent("plugins/p/agents/d.md", "name: \"   \"\ndescription: d4\n");
        agent("plugins/p/agents/e.md", "name: 42\ndescription: d5\n");
        assertEquals(Map.of("p:  spaced  ", "d1 | All tools", "p:my agent", "d2 | All tools", "p:c", "d3 | All tools",
                "p:   ", "d4 | All tools", "p:42", "d5 | All tools"), listed("project", "--plugin-dir", "{root}/plugins/p"));
    }

    @Test
    void aPluginAgentsNumberOrBooleanDescriptionIsItsTextAListIsNoDescription() throws IOException {
        write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        agent("plugins/p/agents/a.md", "name: n1\ndescription: 5\n");
        agent("plugins/p/agents/b.md", "name: n2\ndescription: true\n");
        agent("plugins/p/agents/c.md", "name: n3\ndescription: [a, b]\n");
        agent("plugins/p/agents/d.md", "name: n4\nwhen_to_use: 7\n");
        assertEquals(Map.of("p:n1", "5 | All tools", "p:n2", "true | All tools", "p:n3", "Agent from p plugin | All tools",
                "p:n4", "7 | All tools"), listed("project", "--plugin-dir", "{root}/plugins/p"));
    }

    @Test
    void aBrokenPreToolUseOrPermissionRequestHookRejectsThePluginOtherBrokenHooksDoNot() throws IOException {
        String[][] cases = {
            // {manifest extra, hooks/hooks.json, file the manifest names}
            {"\"hooks\": {\"PreToolUse\": [{\"matcher\": \"Bash\"}]}", null, null},
            {"\"hooks\": {\"PreToolUse\": [{\"hooks\": [{\"type\": \"bogus\"}]}]}", null, null},
            {"\"hooks\": 5", null, null},
            {"\"hooks\": \"./hooks/h.json\"", null, "{\"PreToolUse\": \"bad\"}"},
            {"", "{\"hooks\": {\"PermissionRequest\": [{\"matcher\": \"x\"}]}}", null},
            {"", "{\"hooks\": {\"PreToolUse\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"x\", \"timeout\": \"slow\"}]}]}}", null},
            // these load
            {"\"hooks\": {\"PostToolUse\": {\"matcher\": \"x\"}}", null, null},
            {"", "{\"hooks\": {\"Stop\": \"bad\"}}", null},
            {"", "{not json", null},
            {"", "{\"PreToolUse\": []}", null},
            {"\"hooks\": \"./hooks/missing.json\"", null, null},
            {"", "{\"hooks\": {\"PreToolUse\": [{\"matcher\": \"Bash\", \"hooks\": [{\"type\": \"prompt\", \"prompt\": \"p\"}]}]}}", null}};
        Map<String, String> want = new TreeMap<>();
        for (int i = 0; i < cases.length; i++) {
            String dir = "plugins/h" + i + "/";
            write(dir + ".claude-plugin/plugin.json", "{\"name\": \"h" + i + "\"" + (cases[i][0].isEmpty() ? "" : ", " + cases[i][0]) + "}");
            agent(dir + "agents/x.md", "name: x\ndescription: d\n");
            if (cases[i][1] != null) {
                write(dir + "hooks/hooks.json", cases[i][1]);
            }
            if (cases[i][2] != null) {
                write(dir + "hooks/h.json", cases[i][2]);
            }
            if (i >= 6) {
                want.put("h" + i + ":x", "d | All tools");
            }
        }
        assertEquals(want, listed("project", "--plugin-dir", "{root}/plugins"));
    }

    @Test
    void aPluginWhoseAgentsFolderIsALinkLoadsItLinksInsideItDoNot() throws IOException {
        agent("shared/s.md", "name: s\ndescription: d\n");
        agent("elsewhere/e.md", "name: e\ndescription: d\n");
        Files.createSymbolicLink(root.resolve("shared/linked.md"), Path.of("../elsewhere/e.md"));
        write("plugins/a/.claude-plugin/plugin.json", "{\"name\": \"a\"}");
        Files.createSymbolicLink(root.resolve("plugins/a/agents"), Path.of("../../shared"));
        assertEquals(Map.of("a:s", "d | All tools"), listed("project", "--plugin-dir", "{root}/plugins/a"));
        ProjectModel.Result r = ProjectModel.of(List.of(root.resolve("plugins")), root, new ProjectModel.Options(null, true, p -> false));
        assertEquals(List.of("plugins/a/agents/s.md"), r.files().stream().map(f -> f.displayPath()).toList());
    }

    @Test
    void aPluginFileOverTheSizeLimitIsSkippedNotAPlaceholder() throws IOException {
        write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        for (var e : Map.of("big", 1_048_577, "edge", 1_048_576).entrySet()) {
            String head = "---\nname: " + e.getKey() + "\ndescription: d\n---\n";
            write("plugins/p/agents/" + e.getKey() + ".md", head + "x".repeat(e.getValue() - head.length()));
        }
        assertEquals(Map.of("p:edge", "d | All tools"), listed("project", "--plugin-dir", "{root}/plugins/p"));
    }

    @Test
    void aCrlfOrUtf16PluginFileLoadsAsAPlaceholderAndValidateSaysThatNotThatItIsIgnored() throws IOException {
        write("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        write("plugins/p/agents/cr.md", "---\r\nname: cr\r\ndescription: Use this: for things\r\n---\r\nBody\r\n");
        Files.write(root.resolve("plugins/p/agents/utf16.md"), "---\nname: u\ndescription: d\n---\nB\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertEquals(Map.of("p:cr", "Agent from p plugin | All tools", "p:utf16", "Agent from p plugin | All tools"),
                listed("project", "--plugin-dir", "{root}/plugins/p"));
        StringWriter out = new StringWriter();
        Main.run(new String[] {"validate", "--format", "json", root.resolve("plugins").toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        List<String> rules = new ArrayList<>();
        JSON.readTree(out.toString()).forEach(d -> rules.add(d.path("ruleId").asText()));
        assertEquals(2, rules.stream().filter("AG039"::equals).count(), out::toString);
        assertTrue(!rules.contains("AG004") && !rules.contains("AG036"), out::toString);
    }
}
