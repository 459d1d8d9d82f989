package dev.agentctl.project;

import dev.agentctl.model.AgentDefinition;
import dev.agentctl.model.ProjectFinding;
import dev.agentctl.model.Scope;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.FileDiscovery;
import dev.agentctl.parse.PluginAgent;
import dev.agentctl.schema.JsonData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agents Claude Code lists for one working directory, like its {@code /agents} screen (spec §1): every
 * location read, every file loaded, then one agent per agent type by precedence. What lost, and why, is kept.
 */
public final class AgentRoster {

    /** Claude Code's own agents, which a custom agent of the same name replaces. */
    public static final Set<String> BUILT_INS = Set.of("general-purpose", "Explore", "Plan", "statusline-setup", "claude");

    /** An agent Claude Code lists; {@code file} is null for one given with {@code --agents}. */
    public record Listed(String agentType, Scope scope, Path file, String description, String model, String tools) {
    }

    /** A file that gives no agent: it failed to load, or another file's agent of the same type replaced it. */
    public record SetAside(String agentType, Scope scope, Path file, String reason) {
    }

    public record Result(List<Listed> agents, List<SetAside> setAside, List<String> builtInsReplaced,
                         List<ProjectFinding> findings) {
    }

    /** One folder's files, competing with each other by sorted path. */
    private record Group(Scope scope, Path folder, String plugin, List<Candidate> files) {
    }

    private record Candidate(Path file, String agentType, Listed listed) {
    }

    private AgentRoster() {
    }

    public static Result of(Invocation inv, AgentLoader loader, Path displayBase) {
        List<SetAside> setAside = new ArrayList<>();
        List<ProjectFinding> findings = new ArrayList<>();
        // Settings folders, in the order Claude Code reads them (which decides hard links) ...
        Path managed = inv.managedDir() == null ? null : inv.managedDir().resolve(".claude/agents");
        Path user = inv.readUser() && inv.reads("user") && inv.configDir() != null ? inv.configDir().resolve("agents") : null;
        List<Path> addDirs = new ArrayList<>();
        List<Path> ancestors = new ArrayList<>();
        if (inv.reads("project")) {
            inv.addDirs().forEach(d -> addDirs.add(d.toAbsolutePath().normalize().resolve(".claude/agents")));
            ancestors.addAll(projectFolders(inv));
        }
        Map<Path, Group> groups = new LinkedHashMap<>();
        Map<Object, Path> inodes = new HashMap<>();
        List<Path> readOrder = new ArrayList<>();
        if (managed != null) {
            readOrder.add(managed);
        }
        if (user != null) {
            readOrder.add(user);
        }
        readOrder.addAll(addDirs);
        readOrder.addAll(ancestors);
        for (Path folder : readOrder) {
            if (groups.containsKey(folder)) {
                continue; // named twice (an --add-dir that is also an ancestor): read once, where first named
            }
            Scope scope = folder.equals(managed) ? Scope.MANAGED : folder.equals(user) ? Scope.USER : Scope.PROJECT;
            List<Candidate> files = new ArrayList<>();
            for (Path file : AgentsFolder.files(folder, AgentsFolder.Kind.SETTINGS)) {
                Object inode = inode(file);
                Path first = inode == null ? null : inodes.putIfAbsent(inode, file);
                if (first != null) {
                    setAside.add(new SetAside(null, scope, file, "the same file (a hard link) as " + shown(first, displayBase)
                            + ", which Claude Code read first"));
                    continue;
                }
                AgentDocument doc = loader.load(new AgentFile(file, shown(file, displayBase), file.toString(), false));
                if (!doc.loads()) {
                    setAside.add(new SetAside(null, scope, file, "not loaded: " + doc.reason()));
                    continue;
                }
                AgentDefinition d = doc.definition();
                files.add(new Candidate(file, d.nameValue(), new Listed(d.nameValue(), scope, file, d.descriptionValue(),
                        PluginAgent.model(d), PluginAgent.tools(d))));
            }
            groups.put(folder, new Group(scope, folder, null, files));
        }
        // ... then merged by precedence: plugin < user < project (--add-dir, then farthest to closest) < flag < managed.
        List<Group> order = new ArrayList<>();
        for (Plugin plugin : plugins(inv.pluginDirs(), displayBase)) {
            findings.addAll(plugin.findings());
            List<Candidate> files = new ArrayList<>();
            for (Plugin.Agent a : plugin.agents()) {
                AgentDocument doc = loader.load(new AgentFile(a.file(), shown(a.file(), displayBase), a.file().toString(), false));
                if (!PluginAgent.loads(doc)) {
                    setAside.add(new SetAside(null, Scope.PLUGIN, a.file(), "not loaded: " + doc.reason()));
                    continue;
                }
                PluginAgent p = PluginAgent.of(doc, plugin.name(), a.typePrefix(), a.file());
                files.add(new Candidate(a.file(), p.agentType(), new Listed(p.agentType(), Scope.PLUGIN, a.file(),
                        p.description(), p.model(), p.tools())));
            }
            order.add(new Group(Scope.PLUGIN, plugin.root(), plugin.name(), files));
        }
        if (user != null) {
            order.add(groups.get(user));
        }
        List<Path> projectOrder = new ArrayList<>(addDirs);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            projectOrder.add(ancestors.get(i));
        }
        projectOrder.stream().distinct().filter(f -> !f.equals(user) && !f.equals(managed)).forEach(f -> order.add(groups.get(f)));
        if (inv.agentsJson() != null) {
            order.add(new Group(Scope.FLAG, null, null, flagAgents(inv.agentsJson())));
        }
        if (managed != null) {
            order.add(groups.get(managed));
        }
        Map<String, Candidate> winners = new LinkedHashMap<>();
        Map<String, Group> winnerGroup = new HashMap<>();
        for (Group g : order) {
            for (Candidate c : g.files()) {
                Candidate old = winners.put(c.agentType(), c);
                Group oldGroup = winnerGroup.put(c.agentType(), g);
                if (old != null) {
                    setAside.add(new SetAside(old.agentType(), oldGroup.scope(), old.file(),
                            "replaced by " + (c.file() == null ? "the --agents option" : shown(c.file(), displayBase))
                                    + ": " + why(oldGroup, g)));
                }
            }
        }
        List<Listed> listed = new ArrayList<>();
        List<String> builtIns = new ArrayList<>();
        for (Candidate c : winners.values()) {
            listed.add(c.listed());
            if (BUILT_INS.contains(c.agentType())) {
                builtIns.add(c.agentType());
            }
        }
        listed.sort(Comparator.comparing((Listed l) -> l.agentType().toLowerCase(java.util.Locale.ROOT)).thenComparing(Listed::agentType));
        builtIns.sort(null);
        return new Result(List.copyOf(listed), List.copyOf(setAside), List.copyOf(builtIns), List.copyOf(findings));
    }

    private static String why(Group loser, Group winner) {
        if (loser == winner) {
            return loser.plugin() != null
                    ? "two files of plugin `" + loser.plugin() + "` give this agent; Claude Code keeps the one it reads last, "
                    + "in directory order, which cannot be predicted"
                    : "in one agents folder the last path in sorted order wins";
        }
        if (loser.scope() == winner.scope()) {
            return loser.scope() == Scope.PLUGIN ? "of two plugins, the one loaded later wins"
                    : "a project folder closer to the working directory wins";
        }
        return winner.scope().label() + " agents take precedence over " + loser.scope().label() + " agents";
    }

    /**
     * The project's {@code .claude/agents/} folders from the working directory upwards: up to and including the git
     * root; outside git up to, not including, the home directory (to the file system's root when not under it).
     * A linked worktree without its own folder also reads its main checkout's.
     */
    static List<Path> projectFolders(Invocation inv) {
        List<Path> out = new ArrayList<>();
        Path stop = GitRepo.root(inv.cwd()).orElse(null);
        for (Path d = inv.cwd(); d != null; d = d.getParent()) {
            if (stop == null && inv.home() != null && d.equals(inv.home())) {
                break;
            }
            out.add(d.resolve(".claude/agents"));
            if (d.equals(stop)) {
                break;
            }
        }
        if (stop != null && !Files.isDirectory(stop.resolve(".claude/agents"))) {
            GitRepo.mainCheckout(stop).ifPresent(main -> out.add(main.resolve(".claude/agents")));
        }
        return out;
    }

    /** What makes a {@code --plugin-dir} folder one plugin when it is at its top (Claude Code 2.1.332). */
    private static final Set<String> PLUGIN_MARKERS = Set.of(".claude-plugin", "commands", "skills", "agents", "hooks",
            "themes", "output-styles", "monitors", "workflows", "SKILL.md", ".mcp.json", ".lsp.json");
    /** The markers that are component folders: they mark one plugin unless they are themselves plugins. */
    private static final Set<String> COMPONENT_FOLDERS = Set.of("commands", "skills", "agents", "hooks", "themes",
            "output-styles", "monitors", "workflows");

    /**
     * Each {@code --plugin-dir}, as Claude Code 2.1.332 reads it: one plugin (manifest or not) when something at its
     * top marks it as one (a {@code .claude-plugin/} folder, an {@code agents/} or other component folder, a
     * {@code SKILL.md}, a non-empty {@code .mcp.json}); otherwise a folder of plugins, whose children (not hidden,
     * in sorted order) are loaded when they have a manifest. A marketplace's {@code .claude-plugin/} does not count.
     */
    static List<Plugin> plugins(List<Path> dirs, Path displayBase) {
        List<Plugin> out = new ArrayList<>();
        for (Path dir : dirs) {
            Path abs = dir.toAbsolutePath().normalize();
            List<Path> entries;
            try (var children = Files.list(abs)) {
                entries = children.sorted().toList();
            } catch (IOException | RuntimeException e) {
                continue; // a --plugin-dir that cannot be listed gives no plugin, as in Claude Code
            }
            if (onePlugin(abs, entries)) {
                out.add(Plugin.inline(abs, displayBase));
                continue;
            }
            for (Path c : entries) {
                String name = c.getFileName().toString();
                if (!name.startsWith(".") && (Files.isDirectory(c) || Files.isSymbolicLink(c))
                        && Files.exists(c.resolve(Plugin.MANIFEST))) {
                    out.add(Plugin.read(c, displayBase));
                }
            }
        }
        return out;
    }

    private static boolean onePlugin(Path dir, List<Path> entries) {
        boolean marketplaceRoot = Files.isDirectory(dir.resolve(".claude-plugin")) && !Files.exists(dir.resolve(Plugin.MANIFEST))
                && Files.exists(dir.resolve(".claude-plugin/marketplace.json"));
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (!PLUGIN_MARKERS.contains(name) || marketplaceRoot && name.equals(".claude-plugin")) {
                continue;
            }
            if (name.equals(".mcp.json") && (!Files.exists(e) || Files.isRegularFile(e) && size(e) == 0)) {
                continue; // an empty or dangling .mcp.json marks nothing
            }
            if (!COMPONENT_FOLDERS.contains(name) || !Files.exists(e.resolve(Plugin.MANIFEST))) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The agents of {@code --agents}, listed as Claude Code 2.1.332 lists them. Like Claude Code, a configuration with
     * an agent that has no string {@code description} or {@code prompt}, or {@code tools}/{@code disallowedTools} that
     * are not lists, is refused as a whole.
     */
    private static List<Candidate> flagAgents(String json) {
        List<Candidate> out = new ArrayList<>();
        Object parsed;
        try {
            parsed = JsonData.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException("--agents is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("--agents must be a JSON object of agents by name");
        }
        List<String> invalid = new ArrayList<>();
        for (var e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> agent)) {
                invalid.add(name + ": expected an object");
                continue;
            }
            for (String key : List.of("description", "prompt")) {
                if (!(agent.get(key) instanceof String)) {
                    invalid.add(name + "." + key + ": expected a string");
                }
            }
            for (String key : List.of("tools", "disallowedTools")) {
                if (agent.containsKey(key) && !(agent.get(key) instanceof List<?>)) {
                    invalid.add(name + "." + key + ": expected a list");
                }
            }
            if (!invalid.isEmpty()) {
                continue;
            }
            Object model = agent.get("model");
            out.add(new Candidate(null, name, new Listed(name, Scope.FLAG, null, (String) agent.get("description"),
                    model == null ? "inherit" : String.valueOf(model),
                    PluginAgent.toolsListing(toolNames(agent.get("tools")), toolNames(agent.get("disallowedTools"))))));
        }
        if (!invalid.isEmpty()) {
            throw new IllegalArgumentException("Claude Code refuses this --agents configuration: " + String.join("; ", invalid));
        }
        return out;
    }

    /** Tool names as Claude Code splits them (commas and spaces outside parentheses); empty for none or for {@code *}. */
    private static List<String> toolNames(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s) {
                    int depth = 0;
                    int start = 0;
                    for (int i = 0; i <= s.length(); i++) {
                        char c = i < s.length() ? s.charAt(i) : ',';
                        if (c == '(') {
                            depth++;
                        } else if (c == ')' && depth > 0) {
                            depth--;
                        } else if (depth == 0 && (c == ',' || c == ' ')) {
                            String token = s.substring(start, i).strip();
                            if (!token.isEmpty()) {
                                names.add(token);
                            }
                            start = i + 1;
                        }
                    }
                }
            }
        }
        return names.contains("*") ? List.of() : names;
    }

    private static Object inode(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    static String shown(Path file, Path base) {
        return FileDiscovery.display(file, base);
    }
}
