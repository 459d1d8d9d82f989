package dev.agentctl.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.model.Scope;
import dev.agentctl.parse.AgentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the project model hands to the commands: the search's ignore rules, and what it never skips. */
class ProjectModelTest {

    @TempDir
    Path root;

    private void agent(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nname: " + file.getFileName().toString().replace(".md", "") + "\ndescription: d\n---\nBody.\n");
    }

    private void text(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private List<String> files(boolean useIgnore, Predicate<Path> excluded) {
        ProjectModel.Result r = ProjectModel.of(List.of(root), root, new ProjectModel.Options(null, useIgnore, excluded));
        return r.files().stream().map(AgentFile::displayPath).sorted().toList();
    }

    private List<String> files() {
        return files(true, p -> false);
    }

    @Test
    void gitignoreRulesAtEveryLevelAndInfoExcludeDecideWhichFoldersAreSearched() throws IOException {
        Files.createDirectories(root.resolve(".git/info"));
        text(".git/info/exclude", "scratch/\n");
        text(".gitignore", "pkgs/*\n!pkgs/keep/\n");
        text("a/.gitignore", "generated/\n");
        agent("pkgs/drop/.claude/agents/dropped.md");
        agent("pkgs/keep/.claude/agents/kept.md");
        agent("a/generated/.claude/agents/gen-a.md");
        agent("b/generated/.claude/agents/gen-b.md");
        agent("scratch/.claude/agents/scratch.md");
        assertEquals(List.of("b/generated/.claude/agents/gen-b.md", "pkgs/keep/.claude/agents/kept.md"), files());
        assertEquals(List.of("a/generated/.claude/agents/gen-a.md", "b/generated/.claude/agents/gen-b.md",
                "pkgs/drop/.claude/agents/dropped.md", "pkgs/keep/.claude/agents/kept.md",
                "scratch/.claude/agents/scratch.md"), files(false, p -> false), "--no-ignore searches everything");
    }

    @Test
    void insideAnAgentsFolderIgnoredFilesAreReadAsClaudeCodeReadsThem() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        text(".gitignore", ".claude/\n");
        text(".claude/agents/.gitignore", "local.md\n");
        agent(".claude/agents/local.md");
        agent(".claude/agents/shared.md");
        agent(".claude/agents/node_modules/vendored.md");
        assertEquals(List.of(".claude/agents/local.md", ".claude/agents/node_modules/vendored.md",
                ".claude/agents/shared.md"), files());
    }

    @Test
    void packagesUnderNodeModulesAreNotThisProjectsEvenWithNoIgnore() throws IOException {
        agent(".claude/agents/mine.md");
        agent("node_modules/pkg/.claude/agents/theirs.md");
        text("node_modules/pkg/plugin/.claude-plugin/plugin.json", "{\"name\": \"theirs\"}");
        agent("node_modules/pkg/plugin/agents/p.md");
        assertEquals(List.of(".claude/agents/mine.md"), files());
        assertEquals(List.of(".claude/agents/mine.md"), files(false, p -> false));
    }

    @Test
    void theConfigurationsExcludeLeavesFoldersOut() throws IOException {
        agent(".claude/agents/mine.md");
        agent("examples/.claude/agents/example.md");
        assertEquals(List.of(".claude/agents/mine.md"), files(true, p -> p.endsWith("examples")));
    }

    @Test
    void aHardLinkedFileIsCheckedOnce() throws IOException {
        agent(".claude/agents/one.md");
        Files.createDirectories(root.resolve("sub/.claude/agents"));
        Files.createLink(root.resolve("sub/.claude/agents/same.md"), root.resolve(".claude/agents/one.md"));
        assertEquals(1, files().size());
    }

    @Test
    void pluginAgentsCarryTheirPluginAndAgentTypePrefix() throws IOException {
        text("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        agent("plugins/p/agents/sub/deep.md");
        text("plugins/p/skills/s/SKILL.md", "---\nname: s\n---\n");
        ProjectModel.Result r = ProjectModel.of(List.of(root), root, new ProjectModel.Options(null, true, p -> false));
        AgentFile f = r.files().get(0);
        assertEquals(Scope.PLUGIN, f.origin().scope());
        assertEquals("p", f.origin().plugin());
        assertEquals("p:sub:", f.origin().typePrefix());
        assertTrue(r.skills().contains("s"));
        assertTrue(r.located());
    }

    @Test
    void aFolderWithoutLocationsIsAnAgentsFolderAndMarksWhatIsPlainlyNotAnAgent() throws IOException {
        agent("engineering/backend.md");
        text("skills/pdf/SKILL.md", "---\nname: pdf\n---\n");
        text("commands/ship.md", "---\ndescription: Ship\n---\n");
        ProjectModel.Result r = ProjectModel.of(List.of(root), root, new ProjectModel.Options(null, true, p -> false));
        assertEquals(List.of("commands/ship.md a slash command (it is under `commands/`)", "engineering/backend.md null",
                "skills/pdf/SKILL.md a skill's SKILL.md"),
                r.files().stream().map(f -> f.displayPath() + " " + f.origin().lookalike()).toList());
        assertEquals(false, r.located());
    }

    @Test
    void aPluginAgentNamedOnTheCommandLineIsStillAPluginAgent() throws IOException {
        text("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        text("plugins/p/agents/README.md", "# Notes\n");
        text("docs/README.md", "# Notes\n");
        ProjectModel.Result r = ProjectModel.of(List.of(root.resolve("plugins/p/agents/README.md"), root.resolve("docs/README.md")),
                root, new ProjectModel.Options(null, true, p -> false));
        assertEquals(List.of("docs/README.md PATH null", "plugins/p/agents/README.md PLUGIN p"),
                r.files().stream().map(f -> f.displayPath() + " " + f.origin().scope() + " " + f.origin().plugin()).toList());
        assertTrue(r.files().stream().allMatch(AgentFile::explicit));
    }

    private List<String> origins(Path... given) {
        ProjectModel.Result r = ProjectModel.of(List.of(given), root, new ProjectModel.Options(null, true, p -> false));
        return r.files().stream().map(f -> f.displayPath() + " " + f.origin().scope() + " " + f.origin().plugin() + " "
                + f.origin().typePrefix() + " " + f.origin().lookalike()).toList();
    }

    @Test
    void aFolderInsideAPluginIsReadAsThePluginsAgentsThere() throws IOException {
        text("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        agent("plugins/p/agents/a.md");
        agent("plugins/p/agents/sub/b.md");
        text("plugins/p/agents/README.md", "# Notes\n");
        assertEquals(List.of("plugins/p/agents/README.md PLUGIN p p: null", "plugins/p/agents/a.md PLUGIN p p: null",
                "plugins/p/agents/sub/b.md PLUGIN p p:sub: null"), origins(root.resolve("plugins/p/agents")));
        assertEquals(List.of("plugins/p/agents/sub/b.md PLUGIN p p:sub: null"), origins(root.resolve("plugins/p/agents/sub")));
    }

    @Test
    void aPluginThatOnlyAMarketplaceDescribesIsThatPluginWhenNamed() throws IOException {
        text(".claude-plugin/marketplace.json",
                "{\"name\": \"m\", \"plugins\": [{\"name\": \"dev\", \"source\": \"./plugins/dev\"}]}");
        agent("plugins/dev/agents/a.md");
        text("plugins/dev/skills/s/SKILL.md", "---\nname: s\ndescription: d\n---\n");
        text("plugins/dev/skills/s/examples/example-agent.md", "---\nname: example\n---\n");
        assertEquals(List.of("plugins/dev/agents/a.md PLUGIN dev dev: null"), origins(root.resolve("plugins/dev")));
        assertEquals(List.of("plugins/dev/agents/a.md PLUGIN dev dev: null"), origins(root.resolve("plugins/dev/agents/a.md")));
    }

    @Test
    void aFolderThatSeveralMarketplacePluginsShareGivesEachItsOwnAgents() throws IOException {
        text(".claude-plugin/marketplace.json", "{\"name\": \"m\", \"plugins\": ["
                + "{\"name\": \"back\", \"source\": \"./\", \"strict\": false, \"agents\": [\"./agents/b.md\"]},"
                + "{\"name\": \"front\", \"source\": \"./\", \"strict\": false, \"agents\": [\"./agents/f.md\"]}]}");
        agent("agents/b.md");
        agent("agents/f.md");
        agent("agents/unlisted.md");
        assertEquals(List.of("agents/b.md PLUGIN back back: null", "agents/f.md PLUGIN front front: null"),
                origins(root.resolve("agents")));
    }

    @Test
    void aSkillsFolderNamedOnItsOwnIsStillSeenAsSkills() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        text("plugins/dev/skills/s/SKILL.md", "---\nname: s\ndescription: d\n---\n");
        text("plugins/dev/skills/s/examples/example-agent.md", "---\nname: example\n---\n");
        assertEquals(List.of(
                "plugins/dev/skills/s/SKILL.md PATH null  a skill's SKILL.md",
                "plugins/dev/skills/s/examples/example-agent.md PATH null  part of a skill (it is under `skills/`)"),
                origins(root.resolve("plugins/dev/skills")));
    }

    @Test
    void aLinkedClaudeFolderOrAgentsFolderIsReadAsClaudeCodeFollowsIt() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        agent("agents-src/top.md");
        Files.createDirectories(root.resolve(".claude"));
        Files.createSymbolicLink(root.resolve(".claude/agents"), Path.of("../agents-src"));
        agent("shared/agents/svc.md");
        text("shared/skills/s/SKILL.md", "---\nname: s\ndescription: d\n---\n");
        Files.createDirectories(root.resolve("svc"));
        Files.createSymbolicLink(root.resolve("svc/.claude"), Path.of("../shared"));
        agent("api/.claude/agents/api.md");
        Files.createSymbolicLink(root.resolve("api/loop"), Path.of(".."));
        ProjectModel.Result r = ProjectModel.of(List.of(root), root, new ProjectModel.Options(null, true, p -> false));
        assertEquals(List.of(".claude/agents/top.md", "api/.claude/agents/api.md", "svc/.claude/agents/svc.md"),
                r.files().stream().map(AgentFile::displayPath).toList());
        assertTrue(r.skills().contains("s"));
    }

    @Test
    void inANamedFolderPagesRulesAndCommandsAreToldApartByTheirFrontmatter() throws IOException {
        agent("agents/good.md");
        text("agents/nameless.md", "---\ndescription: An agent that lost its name\ntools: Read\n---\nBody.\n");
        text("agents/described.md", "---\ndescription: Only a description\n---\nBody.\n");
        text("docs/page.md", "---\ntitle: Guide\ndescription: How to\nsidebar_position: 2\n---\n# Guide\n");
        text("docs/post.md", "---\nlayout: post\n---\nText.\n");
        text("docs/empty.md", "---\n---\nText.\n");
        text("docs/unclosed.md", "---\nname: x\n");
        text("rules/ts.md", "---\ndescription: TypeScript rules\nglobs: \"*.ts\"\nalwaysApply: false\n---\nUse strict.\n");
        text("prompts/sum.md", "---\nname: sum\ndescription: Summarise\nargument-hint: <file>\n---\nSummarise.\n");
        assertEquals(List.of(
                        "agents/described.md null",
                        "agents/good.md null",
                        "agents/nameless.md null",
                        "docs/empty.md a document with an empty frontmatter",
                        "docs/page.md a document with frontmatter (`title`, `description`, `sidebar_position`) and no `name`",
                        "docs/post.md a document with frontmatter (`layout`) and no `name`",
                        "docs/unclosed.md null",
                        "prompts/sum.md a slash command or skill (its frontmatter has `argument-hint`)",
                        "rules/ts.md another tool's rule file (its frontmatter has `globs` and no `name`)"),
                ProjectModel.of(List.of(root), root, new ProjectModel.Options(null, true, p -> false)).files().stream()
                        .map(f -> f.displayPath() + " " + f.origin().lookalike()).toList());
    }

    @Test
    void aFolderOfPluginsNamedOnItsOwnIncludesThoseOnlyTheMarketplaceAboveDescribes() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        text(".claude-plugin/marketplace.json", "{\"name\": \"m\", \"plugins\": ["
                + "{\"name\": \"dev\", \"source\": \"./plugins/dev\"}, {\"name\": \"p\", \"source\": \"./plugins/p\"}]}");
        agent("plugins/dev/agents/a.md");
        text("plugins/p/.claude-plugin/plugin.json", "{\"name\": \"p\"}");
        agent("plugins/p/agents/b.md");
        assertEquals(List.of("plugins/dev/agents/a.md PLUGIN dev dev: null", "plugins/p/agents/b.md PLUGIN p p: null"),
                origins(root.resolve("plugins")));
        Files.delete(root.resolve("plugins/p/.claude-plugin/plugin.json"));
        Files.delete(root.resolve("plugins/p/.claude-plugin"));
        assertEquals(List.of("plugins/dev/agents/a.md PLUGIN dev dev: null", "plugins/p/agents/b.md PLUGIN p p: null"),
                origins(root.resolve("plugins")), "only marketplace plugins below the folder");
    }

    @Test
    void inANamedFolderOtherAssistantsFilesAreNotAgents() throws IOException {
        agent("agents/good.md");
        text(".github/prompts/review.prompt.md", "---\nmode: agent\ndescription: Review\ntools: ['codebase']\n---\nReview.\n");
        text(".github/agents/planner.agent.md", "---\nname: planner\ndescription: Plans\ntools: ['search']\n---\nPlan.\n");
        text(".opencode/agent/docs.md", "---\ndescription: Docs\nmode: subagent\ntools:\n  write: false\n---\nDocs.\n");
        assertEquals(List.of(
                ".github/agents/planner.agent.md another tool's file (it is under `.github/`)",
                ".github/prompts/review.prompt.md another tool's file (it is under `.github/`)",
                ".opencode/agent/docs.md another tool's file (it is under `.opencode/`)",
                "agents/good.md null"),
                ProjectModel.of(List.of(root), root, new ProjectModel.Options(null, true, p -> false)).files().stream()
                        .map(f -> f.displayPath() + " " + f.origin().lookalike()).toList());
    }

    @Test
    void inANamedFolderOutputStylesAndClaudeSettingsAreNotAgents() throws IOException {
        agent("agents/good.md");
        text(".claude/output-styles/terse.md", "---\nname: Terse\ndescription: Short answers\n---\nBe terse.\n");
        text("plugin/output-styles/long.md", "---\nname: Long\ndescription: Long answers\n---\nBe long.\n");
        text(".claude/rules/style.md", "---\nname: style\ndescription: House style\n---\nRules.\n");
        assertEquals(List.of(
                ".claude/output-styles/terse.md an output style (it is under `output-styles/`)",
                ".claude/rules/style.md part of Claude Code's settings (it is under `.claude/rules/`)",
                "agents/good.md null",
                "plugin/output-styles/long.md an output style (it is under `output-styles/`)"),
                ProjectModel.of(List.of(root), root, new ProjectModel.Options(null, true, p -> false)).files().stream()
                        .map(f -> f.displayPath() + " " + f.origin().lookalike()).toList());
    }

    @Test
    void aFolderReadAsAnAgentsFolderSkipsPackagesAndWhatGitIgnores() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        text(".gitignore", "dist/\n");
        agent("engineering/backend.md");
        text("node_modules/pkg/docs/guide.md", "---\nname: pkg-doc\n---\n# Doc\n");
        agent("dist/copy/backend.md");
        agent("engineering/node_modules/vendored.md");
        assertEquals(List.of("engineering/backend.md"), files());
        assertEquals(List.of("dist/copy/backend.md", "engineering/backend.md"), files(false, p -> false),
                "--no-ignore reads what git ignores, never a package's files");
        assertEquals(List.of("node_modules/pkg/docs/guide.md"), ProjectModel.of(List.of(root.resolve("node_modules/pkg")), root,
                new ProjectModel.Options(null, true, p -> false)).files().stream().map(AgentFile::displayPath).toList(),
                "a package's folder named on the command line is read");
    }
}
