package dev.agentctl.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.agentctl.model.Location;
import dev.agentctl.model.Origin;
import dev.agentctl.model.ProjectFinding;
import dev.agentctl.model.Scope;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.FileDiscovery;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The files agentctl checks for the paths it is given, taken from the project as Claude Code sees it: in a folder
 * that holds agent locations (a {@code .claude/agents/} folder, a plugin, a marketplace), exactly the files Claude
 * Code loads from them; a folder that holds none is read as an agents folder, as Claude Code reads one; a file named
 * explicitly is always checked. The search for locations skips {@code .git/}, {@code node_modules/} and what git
 * ignores.
 */
public final class ProjectModel {

    /**
     * @param userAgents the user's agents folder to check too, or null
     * @param useIgnore  whether the search honours {@code .gitignore} and {@code .git/info/exclude}
     * @param excluded   folders the configuration excludes from the search
     */
    public record Options(Path userAgents, boolean useIgnore, Predicate<Path> excluded) {
    }

    /**
     * @param files    the files to check, each with its origin, sorted by display path
     * @param problems paths that could not be read
     * @param findings problems in plugin and marketplace manifests
     * @param skills   the names of the skills the project and its plugins define
     * @param located  whether every folder given held agent locations, so that the skills seen are all there are
     */
    public record Result(List<AgentFile> files, List<FileDiscovery.Problem> problems, List<ProjectFinding> findings,
                         Set<String> skills, boolean located) {
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final String MARKETPLACE = ".claude-plugin/marketplace.json";

    private final Path workingDir;
    private final Options options;
    private final List<AgentFile> files = new ArrayList<>();
    private final List<FileDiscovery.Problem> problems = new ArrayList<>();
    private final List<ProjectFinding> findings = new ArrayList<>();
    private final Set<String> skills = new TreeSet<>();
    private final Set<Object> pluginsRead = new HashSet<>();
    private boolean located = true;
    private boolean skippedIgnored;

    private ProjectModel(Path workingDir, Options options) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.options = options;
    }

    public static Result of(List<Path> paths, Path workingDir, Options options) {
        ProjectModel m = new ProjectModel(workingDir, options);
        for (Path p : paths) {
            m.add(p);
        }
        if (options.userAgents() != null) {
            m.settingsFolder(options.userAgents().toAbsolutePath().normalize(), Scope.USER);
            m.skills(options.userAgents().toAbsolutePath().normalize().resolveSibling("skills"));
        }
        return m.result();
    }

    private void add(Path given) {
        Path abs = given.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            String shown = FileDiscovery.display(given, workingDir);
            problems.add(new FileDiscovery.Problem(shown, Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
                    ? "is a symbolic link to nothing" : "does not exist"));
            return;
        }
        if (!Files.isDirectory(abs)) {
            located = false;
            files.add(new AgentFile(given, FileDiscovery.display(given, workingDir), abs.toString(), true, namedFileOrigin(abs)));
            return;
        }
        if (isSettingsFolder(abs)) {
            settingsFolder(abs, Scope.PROJECT);
            return;
        }
        if (!Plugin.isPlugin(abs) && pluginPart(abs)) {
            located = false; // a part of a plugin: its skills are not all known
            return;
        }
        boolean found = search(abs, options.useIgnore() ? IgnoreRules.at(abs) : IgnoreRules.NONE, true);
        boolean listed = marketplacePluginsBelow(abs);
        if (!found && listed) {
            located = false; // a part of a repository: its skills are not all known
            return;
        }
        if (!found) {
            // Locations that git ignores still make this a project, not a folder of agents: its other markdown
            // files are not agents either.
            if (skippedIgnored && new ProjectModel(workingDir, new Options(null, false, options.excluded()))
                    .search(abs, IgnoreRules.NONE, true)) {
                return;
            }
            located = false;
            namedFolder(given);
        }
    }

    /**
     * A file named on the command line is checked as an agent; one of a plugin's agents (a pre-commit hook names
     * changed files one by one) as the plugin agent Claude Code loads, so that it gets the same findings as when its
     * repository is checked.
     */
    private Origin namedFileOrigin(Path file) {
        for (Plugin plugin : enclosingPlugins(file)) {
            for (Plugin.Agent a : plugin.agents()) {
                if (a.file().toAbsolutePath().normalize().equals(file)) {
                    return new Origin(Scope.PLUGIN, FileDiscovery.display(plugin.root(), workingDir), plugin.name(), a.typePrefix(), null);
                }
            }
        }
        return Origin.named("");
    }

    /**
     * The plugins without {@code plugin.json} that a marketplace above {@code dir} (in the same work tree, or outside
     * git at or below the working directory) lists in
     * folders below it: the search of {@code dir} alone cannot see them. True when there were any.
     */
    private boolean marketplacePluginsBelow(Path dir) {
        Path top = GitRepo.root(dir).orElse(dir.startsWith(workingDir) ? workingDir : null);
        if (top == null || top.equals(dir)) {
            return false;
        }
        for (Path d = dir.getParent(); d != null && d.startsWith(top); d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(MARKETPLACE))) {
                Marketplace m = readMarketplace(d, new ArrayList<>(), "");
                boolean any = false;
                for (MarketEntry e : m == null ? List.<MarketEntry>of() : m.entries) {
                    Path plugin = e.source == null || e.name == null ? null : m.dir(e);
                    if (plugin != null && plugin.startsWith(dir) && plugin.startsWith(d) && Files.isDirectory(plugin)
                            && !Plugin.isPlugin(plugin) && pluginsRead.add(plugin + "\u0000" + e.name)) {
                        addPlugin(Plugin.fromMarketplace(plugin, e.name, e.agents, d.resolve(MARKETPLACE), workingDir));
                        any = true;
                    }
                }
                return any;
            }
        }
        return false;
    }

    /**
     * A folder inside a plugin that holds some of its agents (its {@code agents/} folder, say): those agents, as the
     * plugin's. False when the folder is in no plugin or holds none of its agents.
     */
    private boolean pluginPart(Path dir) {
        boolean found = false;
        for (Plugin plugin : enclosingPlugins(dir)) {
            String shownRoot = FileDiscovery.display(plugin.root(), workingDir);
            for (Plugin.Agent a : plugin.agents()) {
                if (a.file().toAbsolutePath().normalize().startsWith(dir)) {
                    files.add(new AgentFile(a.file(), FileDiscovery.display(a.file(), workingDir), a.file().toString(), false,
                            new Origin(Scope.PLUGIN, shownRoot, plugin.name(), a.typePrefix(), null)));
                    found = true;
                }
            }
        }
        return found;
    }

    /**
     * Looks for agent locations at and below {@code dir}; true when it found any. The folder itself is searched
     * whatever git ignores: Claude Code started in it reads its {@code .claude/agents/} anyway.
     */
    private boolean search(Path dir, IgnoreRules rules, boolean top) {
        if (!top && options.useIgnore() && rules.ignores(dir, true)) {
            skippedIgnored = true;
            return false;
        }
        if (!top && options.excluded().test(dir)) {
            return false;
        }
        boolean found = false;
        IgnoreRules here = options.useIgnore() ? rules.enter(dir) : rules;
        if (Plugin.isPlugin(dir)) {
            plugin(dir);
            found = true;
        }
        if (Files.isRegularFile(dir.resolve(MARKETPLACE))) {
            marketplace(dir);
            found = true;
        }
        if (dir.getFileName() != null && dir.getFileName().toString().equals(".claude")) {
            skills(dir.resolve("skills"));
        }
        if (top) {
            // Claude Code started here reads this folder's own .claude/agents/, whatever git ignores.
            Path own = dir.resolve(".claude/agents");
            if (Files.isDirectory(own) && !options.excluded().test(own)) {
                settingsFolder(own, Scope.PROJECT);
                found = true;
            }
        }
        List<Path> children = new ArrayList<>();
        List<Path> linkedClaude = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path child : entries) {
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    children.add(child);
                } else if (Files.isSymbolicLink(child) && Files.isDirectory(child)) {
                    // Claude Code follows a linked .claude/ or .claude/agents/ (a shared folder); other links are
                    // not entered, so that a link to an ancestor cannot make the search go round.
                    if (isSettingsFolder(child)) {
                        children.add(child);
                    } else if (child.getFileName().toString().equals(".claude")) {
                        linkedClaude.add(child);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(new FileDiscovery.Problem(FileDiscovery.display(dir, workingDir), "cannot be read: " + e.getMessage()));
            return found;
        }
        for (Path claude : linkedClaude) {
            if (top || !(options.useIgnore() && here.ignores(claude, true)) && !options.excluded().test(claude)) {
                Path agents = claude.resolve("agents");
                if (!top && Files.isDirectory(agents) && !options.excluded().test(agents)) { // top: read above
                    settingsFolder(agents, Scope.PROJECT);
                    found = true;
                }
                skills(claude.resolve("skills"));
            }
        }
        children.sort(Comparator.naturalOrder());
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.equals(".git") || name.equals("node_modules")) {
                continue; // a package's agents are not this project's
            }
            if (top && name.equals(".claude")) {
                // Its agents/ was read above (a second read is dropped as the same file); its skills count even
                // when git ignores the folder, since Claude Code reads them all the same.
                skills(child.resolve("skills"));
            }
            if (isSettingsFolder(child)) {
                if (!options.excluded().test(child)) {
                    settingsFolder(child, Scope.PROJECT);
                    found = true;
                }
                continue;
            }
            found |= search(child, here, false);
        }
        return found;
    }

    private static boolean isSettingsFolder(Path dir) {
        Path parent = dir.getParent();
        return dir.getFileName() != null && dir.getFileName().toString().equals("agents") && parent != null
                && parent.getFileName() != null && parent.getFileName().toString().equals(".claude");
    }

    /** Every file Claude Code reads in a {@code .claude/agents/} folder, ignored ones included, as it does. */
    private void settingsFolder(Path folder, Scope scope) {
        String shownFolder = FileDiscovery.display(folder, workingDir);
        for (Path file : AgentsFolder.files(folder, AgentsFolder.Kind.SETTINGS)) {
            files.add(new AgentFile(file, FileDiscovery.display(file, workingDir), file.toString(), false,
                    new Origin(scope, shownFolder, null, "", null)));
        }
    }

    private void plugin(Path root) {
        if (!pluginsRead.add(root)) {
            return;
        }
        addPlugin(Plugin.read(root, workingDir));
    }

    private void addPlugin(Plugin plugin) {
        Path root = plugin.root();
        findings.addAll(plugin.findings());
        String shownRoot = FileDiscovery.display(root, workingDir);
        for (Plugin.Agent a : plugin.agents()) {
            files.add(new AgentFile(a.file(), FileDiscovery.display(a.file(), workingDir), a.file().toString(), false,
                    new Origin(Scope.PLUGIN, shownRoot, plugin.name(), a.typePrefix(), null)));
        }
        if (plugin.loads()) {
            skills(root.resolve("skills"));
        }
    }

    /**
     * The local plugins a marketplace lists ({@code "source": "./path"}, under {@code metadata.pluginRoot} when set);
     * others are fetched, not in the tree. A listed folder without {@code plugin.json} takes the entry as its manifest.
     */
    private void marketplace(Path root) {
        Path manifest = root.resolve(MARKETPLACE);
        String shown = FileDiscovery.display(manifest, workingDir);
        Marketplace m = readMarketplace(root, findings, shown);
        if (m == null) {
            return;
        }
        for (MarketEntry e : m.entries) {
            if (e.source == null) {
                continue; // fetched from elsewhere (github, git, url, npm): not in this tree
            }
            Path dir = m.dir(e);
            if (!dir.startsWith(root) || !Files.isDirectory(dir)) {
                findings.add(manifestFinding(shown, e.sourceAt, "marketplace plugin source `" + e.source
                        + "` is not a folder in this repository, so the plugin cannot be installed"));
            } else if (Plugin.isPlugin(dir)) {
                plugin(dir);
            } else if (e.name != null && pluginsRead.add(dir + "\u0000" + e.name)) {
                addPlugin(Plugin.fromMarketplace(dir, e.name, e.agents, manifest, workingDir));
            }
        }
    }

    /** A marketplace's local plugin entries, and where their relative sources start. */
    private record Marketplace(Path root, Path base, List<MarketEntry> entries) {
        Path dir(MarketEntry e) {
            return (e.source.startsWith("./") || e.source.startsWith("../") ? root : base).resolve(e.source).normalize();
        }
    }

    /** The marketplace at {@code root}, or null (with a finding in {@code out}) when it cannot be read. */
    private static Marketplace readMarketplace(Path root, List<ProjectFinding> out, String shown) {
        List<MarketEntry> entries = new ArrayList<>();
        String pluginRoot = null;
        try (JsonParser p = JSON.createParser(Plugin.withoutBom(Files.readString(root.resolve(MARKETPLACE))))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                out.add(manifestFinding(shown, Location.FILE_START, "marketplace manifest is not a JSON object"));
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("plugins") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        entries.add(entry(p));
                    }
                } else if (field.equals("metadata") && t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        JsonToken v = p.nextToken();
                        if (key.equals("pluginRoot") && v == JsonToken.VALUE_STRING) {
                            pluginRoot = p.getText();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            out.add(manifestFinding(shown, Plugin.at(e.getLocation()), "marketplace manifest is not valid JSON ("
                    + Plugin.jsonProblem(e) + ")"));
            return null;
        } catch (IOException | RuntimeException e) {
            out.add(manifestFinding(shown, Location.FILE_START, "marketplace manifest cannot be read ("
                    + e.getClass().getSimpleName() + ")"));
            return null;
        }
        return new Marketplace(root, pluginRoot == null ? root : root.resolve(pluginRoot).normalize(), entries);
    }

    /**
     * The plugins {@code path} (a file, or a folder inside one) belongs to: the nearest folder above with a manifest,
     * or the folders without one (possibly {@code path} itself; several entries may share one) that a marketplace
     * further up lists. Empty when it is in no plugin; a marketplace in {@code path} itself is for the search to read.
     */
    private List<Plugin> enclosingPlugins(Path path) {
        for (Path d = path; d != null && d.getParent() != null; d = d.getParent()) {
            if (!d.equals(path) && Plugin.isPlugin(d)) {
                return List.of(Plugin.read(d, workingDir));
            }
            if (!d.equals(path) && Files.isRegularFile(d.resolve(MARKETPLACE))) {
                Marketplace m = readMarketplace(d, new ArrayList<>(), "");
                List<Plugin> out = new ArrayList<>();
                for (MarketEntry e : m == null ? List.<MarketEntry>of() : m.entries) {
                    if (e.source != null && e.name != null) {
                        Path dir = m.dir(e);
                        if (dir.startsWith(d) && path.startsWith(dir) && Files.isDirectory(dir) && !Plugin.isPlugin(dir)) {
                            out.add(Plugin.fromMarketplace(dir, e.name, e.agents, d.resolve(MARKETPLACE), workingDir));
                        }
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** One entry of a marketplace's {@code plugins}, the parser on its opening brace. */
    private static MarketEntry entry(JsonParser p) throws IOException {
        MarketEntry e = new MarketEntry();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (key.equals("source") && v == JsonToken.VALUE_STRING) {
                e.source = p.getText();
                e.sourceAt = Plugin.at(p.currentTokenLocation());
            } else if (key.equals("name") && v == JsonToken.VALUE_STRING) {
                e.name = p.getText();
            } else if (key.equals("agents")) {
                e.agents = new ArrayList<>();
                Plugin.Manifest.readAgents(p, e.agents);
            } else {
                p.skipChildren();
            }
        }
        return e;
    }

    private static final class MarketEntry {
        String name;
        String source;
        Location sourceAt;
        List<Plugin.Manifest.Entry> agents;
    }

    private static ProjectFinding manifestFinding(String file, Location at, String message) {
        return new ProjectFinding(ProjectFinding.Kind.PLUGIN_MANIFEST, file, at, message);
    }

    private void skills(Path skillsDir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(skillsDir)) {
            for (Path skill : entries) {
                if (Files.isRegularFile(skill.resolve("SKILL.md"))) {
                    skills.add(skill.getFileName().toString());
                }
            }
        } catch (IOException e) {
            // no skills folder: no skills
        }
    }

    /**
     * A folder that holds no agent location: read as an agents folder, as before. Files that are plainly something
     * else (a skill, a slash command) are marked, so that they get one line saying so and no finding meant for agents.
     */
    private void namedFolder(Path given) {
        // As in the search for locations: no package's files (node_modules/), nothing git ignores, nothing excluded.
        Path from = given.toAbsolutePath().normalize();
        java.util.Map<Path, IgnoreRules> rules = new java.util.HashMap<>();
        rules.put(from, options.useIgnore() ? IgnoreRules.at(from) : IgnoreRules.NONE);
        FileDiscovery.Result found = FileDiscovery.discover(List.of(given), workingDir, p -> true, dir -> {
            Path d = dir.toAbsolutePath().normalize();
            String name = d.getFileName() == null ? "" : d.getFileName().toString();
            if (name.equals("node_modules") || name.equals(".git") || options.excluded().test(d)) {
                return false;
            }
            IgnoreRules above = rules.get(d.getParent());
            if (above == null) {
                return true; // reached through a link: no rules known there
            }
            if (options.useIgnore() && above.ignores(d, true)) {
                return false;
            }
            rules.put(d, options.useIgnore() ? above.enter(d) : above);
            return true;
        });
        problems.addAll(found.problems());
        // What a file looks like depends on the folders above it too (a skill's folder named on its own, say): paths
        // are taken from the top of the work tree, or from the parent of the folder named outside git.
        Path named = given.toAbsolutePath().normalize();
        Path base = GitRepo.root(named).orElse(named.getParent() == null ? named : named.getParent());
        for (AgentFile f : found.files()) {
            String what = lookalike(base.relativize(f.path().toAbsolutePath().normalize()));
            if (what == null) {
                what = frontmatterLookalike(f.path());
            }
            files.add(what == null ? f : f.withOrigin(f.origin().withLookalike(what)));
        }
    }

    /**
     * The folders of other coding assistants (GitHub Copilot's prompts, chat modes and agents, Cursor, Windsurf, Roo,
     * Kiro, Cline, Continue, Amazon Q, Gemini, Codex, OpenCode): their markdown is theirs, in formats of their own.
     */
    private static final Set<String> OTHER_TOOLS = Set.of(".github", ".cursor", ".windsurf", ".roo", ".kiro", ".clinerules",
            ".continue", ".amazonq", ".gemini", ".codex", ".opencode", ".augment", ".trae");

    static String lookalike(Path relative) {
        String name = relative.getFileName().toString();
        if (name.equals("SKILL.md")) {
            return "a skill's SKILL.md";
        }
        for (int i = 0; i < relative.getNameCount(); i++) {
            Path part = relative.getName(i);
            String p = part.toString().toLowerCase(Locale.ROOT);
            if (OTHER_TOOLS.contains(p)) {
                return "another tool's file (it is under `" + part + "/`)";
            }
            if (p.equals("output-styles")) {
                return "an output style (it is under `" + part + "/`)";
            }
            if (p.equals("commands")) {
                return "a slash command (it is under `commands/`)";
            }
            if (p.equals("skills")) {
                return "part of a skill (it is under `skills/`)";
            }
        }
        for (int i = 0; i + 2 < relative.getNameCount(); i++) {
            if (relative.getName(i).toString().equals(".claude") && !relative.getName(i + 1).toString().equals("agents")) {
                return "part of Claude Code's settings (it is under `.claude/" + relative.getName(i + 1) + "/`)";
            }
        }
        return null;
    }

    /** Keys only agents have: a file with one of them and no {@code name} is an agent that lost its name. */
    private static final Set<String> AGENT_KEYS = Set.of("tools", "disallowedTools", "color", "permissionMode", "maxTurns",
            "isolation", "initialPrompt", "mcpServers", "hooks", "memory", "background", "effort");
    /** Keys of pages for static site generators (Jekyll, Hugo, Docusaurus, MkDocs), which agents do not have. */
    private static final Set<String> DOCUMENT_KEYS = Set.of("title", "layout", "slug", "permalink", "date", "tags",
            "categories", "sidebar_position", "sidebar_label", "nav_order", "weight", "draft", "author", "authors",
            "parent", "has_children", "summary", "toc", "lastmod", "published");
    /** Keys of slash commands and skills that agents do not have. */
    private static final List<String> COMMAND_KEYS = List.of("argument-hint", "disable-model-invocation");
    /** Keys of other tools' rule files (Cursor, Windsurf, Copilot instructions). */
    private static final List<String> RULE_KEYS = List.of("globs", "alwaysApply", "applyTo", "trigger");
    private static final java.util.regex.Pattern TOP_KEY = java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:");

    /**
     * What a markdown file in a named folder plainly is, judged by its frontmatter's top-level keys: a slash command
     * or skill ({@code argument-hint}), another tool's rule file ({@code globs}, {@code alwaysApply}), or a document
     * whose frontmatter has no {@code name} and nothing only an agent has (a page's {@code title} and
     * {@code layout}). Null when it may be an agent: no frontmatter or an unclosed one (other rules say so), a
     * {@code name}, a key only agents have, or a {@code description} with nothing that makes it a page or a rule.
     */
    static String frontmatterLookalike(Path file) {
        List<String> keys = new ArrayList<>();
        try (java.io.BufferedReader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || !line.replace("\uFEFF", "").strip().equals("---")) {
                return null;
            }
            boolean closed = false;
            for (int n = 0; n < 500 && (line = in.readLine()) != null; n++) {
                if (line.strip().equals("---")) {
                    closed = true;
                    break;
                }
                java.util.regex.Matcher m = TOP_KEY.matcher(line);
                if (m.find()) {
                    keys.add(m.group(1));
                }
            }
            if (!closed) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or not UTF-8: the loader reports it
        }
        for (String k : COMMAND_KEYS) {
            if (keys.contains(k)) {
                return "a slash command or skill (its frontmatter has `" + k + "`)";
            }
        }
        if (keys.contains("name") || keys.stream().anyMatch(AGENT_KEYS::contains)) {
            return null;
        }
        if (keys.contains("description") && keys.stream().noneMatch(DOCUMENT_KEYS::contains)
                && keys.stream().noneMatch(RULE_KEYS::contains)) {
            return null; // an agent that lost its name: missing-name says so
        }
        for (String k : RULE_KEYS) {
            if (keys.contains(k)) {
                return "another tool's rule file (its frontmatter has `" + k + "` and no `name`)";
            }
        }
        return keys.isEmpty() ? "a document with an empty frontmatter"
                : "a document with frontmatter (" + keys.stream().limit(3).map(k -> "`" + k + "`").collect(java.util.stream.Collectors.joining(", "))
                + (keys.size() > 3 ? ", ..." : "") + ") and no `name`";
    }

    private Result result() {
        // Hard links are one file to Claude Code: the first read is kept.
        Set<Object> seen = new HashSet<>();
        List<AgentFile> unique = new ArrayList<>();
        for (AgentFile f : files) {
            if (seen.add(key(f.path()))) {
                unique.add(f);
            }
        }
        unique.sort(Comparator.comparing(AgentFile::displayPath));
        return new Result(List.copyOf(unique), List.copyOf(problems), List.copyOf(findings), Set.copyOf(new LinkedHashSet<>(skills)), located);
    }

    private static Object key(Path p) {
        try {
            Object k = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return k != null ? k : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
