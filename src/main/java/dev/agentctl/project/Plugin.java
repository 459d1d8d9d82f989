package dev.agentctl.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.agentctl.model.Location;
import dev.agentctl.model.ProjectFinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin as Claude Code loads it (spec §1.3): a folder with {@code .claude-plugin/plugin.json}, whose agents are
 * its {@code agents/} folder or, when the manifest has an {@code agents} field, exactly the files listed there.
 *
 * @param name     the manifest's {@code name}, or null when the plugin does not load
 * @param agents   the agent files with the prefix each is registered under; empty when the plugin does not load
 * @param findings what in the manifest Claude Code rejects or skips
 */
public record Plugin(String name, Path root, Path manifest, List<Agent> agents, List<ProjectFinding> findings) {

    /** One agent file of a plugin and the prefix of its agent type ({@code p:} or {@code p:sub:}). */
    public record Agent(Path file, String typePrefix) {
    }

    static final String MANIFEST = ".claude-plugin/plugin.json";
    private static final JsonFactory JSON = new JsonFactory();

    public static boolean isPlugin(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    public boolean loads() {
        return name != null;
    }

    /** Reads the plugin at {@code root}; every problem becomes a finding on the manifest, never an exception. */
    public static Plugin read(Path root, Path workingDir) {
        Path manifest = root.resolve(MANIFEST);
        String shown = display(manifest, workingDir);
        List<ProjectFinding> findings = new ArrayList<>();
        Manifest m;
        try {
            m = Manifest.parse(withoutBom(Files.readString(manifest)));
        } catch (JsonProcessingException e) {
            findings.add(finding(shown, at(e.getLocation()), "plugin manifest is not valid JSON ("
                    + Plugin.jsonProblem(e) + "), so Claude Code loads nothing from this plugin"));
            return new Plugin(null, root, manifest, List.of(), findings);
        } catch (IOException | RuntimeException e) {
            findings.add(finding(shown, Location.FILE_START, "plugin manifest cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "), so Claude Code loads nothing from this plugin"));
            return new Plugin(null, root, manifest, List.of(), findings);
        }
        if (m.name == null || m.name.isEmpty()) {
            findings.add(finding(shown, Location.FILE_START,
                    "plugin manifest has no `name`, so Claude Code does not load the plugin or any of its agents"));
            return new Plugin(null, root, manifest, List.of(), findings);
        }
        if (!m.problems.isEmpty()) {
            for (Manifest.Entry e : m.problems) {
                findings.add(finding(shown, e.location, e.value + ", so Claude Code rejects the whole plugin `" + m.name
                        + "` and loads none of its agents"));
            }
            return new Plugin(null, root, manifest, List.of(), findings);
        }
        List<PluginHooks.Problem> hookProblems = PluginHooks.check(root, manifest, m.hooks);
        if (!hookProblems.isEmpty()) {
            for (PluginHooks.Problem h : hookProblems) {
                String file = h.file().equals(manifest) ? shown : display(h.file(), workingDir);
                findings.add(finding(file, Location.FILE_START, h.message() + ": a PreToolUse or PermissionRequest hook that "
                        + "cannot be loaded may be what guards the plugin's permissions, so Claude Code rejects the whole plugin `"
                        + m.name + "` and loads none of its agents"));
            }
            return new Plugin(null, root, manifest, List.of(), findings);
        }
        String bad = badNameCharacter(m.name);
        if (bad != null) {
            findings.add(finding(shown, m.nameAt, "plugin name `" + m.name + "` contains " + bad + " (Claude Code takes no "
                    + "whitespace, `@`, `:`, path separators or invisible characters in a plugin name, kebab-case is "
                    + "usual), so Claude Code does not load the plugin or any of its agents"));
            return new Plugin(null, root, manifest, List.of(), findings);
        }
        return build(root, manifest, shown, m.name, m.agentsField, m.agents, findings);
    }

    /** The text without a leading byte order mark, which Claude Code skips in a manifest. */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** What in a plugin name makes Claude Code 2.1.332 reject the manifest, or null when the name is fine. */
    static String badNameCharacter(String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return "whitespace";
            }
            if (c == '@' || c == ':' || c == '/' || c == '\\') {
                return "`" + Character.toString(c) + "`";
            }
            if (type == Character.CONTROL || type == Character.FORMAT) {
                return String.format("the invisible character U+%04X", c);
            }
        }
        return null;
    }

    /**
     * A plugin given with {@code --plugin-dir}: read as {@link #read} when it has a manifest; without one (Claude Code
     * needs none there) it is named after its folder and its agents are its {@code agents/} folder.
     */
    static Plugin inline(Path root, Path workingDir) {
        if (Files.exists(root.resolve(MANIFEST))) {
            return read(root, workingDir);
        }
        Path manifest = root.resolve(MANIFEST);
        return build(root, manifest, display(manifest, workingDir), root.getFileName().toString(), false, List.of(),
                new ArrayList<>());
    }

    /**
     * A plugin a marketplace lists whose folder has no {@code plugin.json}: the marketplace entry is its manifest
     * (the manifest is optional for such plugins).
     *
     * @param agents the entry's {@code agents} values with their place in the marketplace file, or null when absent
     */
    static Plugin fromMarketplace(Path root, String name, List<Manifest.Entry> agents, Path marketplace, Path workingDir) {
        String shown = display(marketplace, workingDir);
        return build(root, marketplace, shown, name, agents != null, agents == null ? List.of() : agents, new ArrayList<>());
    }

    private static Plugin build(Path root, Path manifest, String shown, String name, boolean agentsField,
                                List<Manifest.Entry> entries, List<ProjectFinding> findings) {
        Manifest m = new Manifest();
        m.name = name;
        m.agentsField = agentsField;
        m.agents.addAll(entries);
        boolean rejected = false;
        for (Manifest.Entry e : m.agents) {
            if (!e.value.endsWith(".md")) {
                findings.add(finding(shown, e.location, "`agents` entry `" + e.value + "` does not end in `.md` (Claude Code "
                        + "accepts only files there, not folders), so Claude Code rejects the whole plugin `" + m.name + "`"));
                rejected = true;
            } else if (!e.value.startsWith("./")) {
                findings.add(finding(shown, e.location, "`agents` entry `" + e.value + "` does not start with `./` (Claude Code "
                        + "takes only paths relative to the plugin's folder, written `./...`), so Claude Code rejects the whole plugin `"
                        + m.name + "`"));
                rejected = true;
            }
        }
        if (rejected) {
            return new Plugin(null, root, manifest, List.of(), findings);
        }
        List<Agent> agents = new ArrayList<>();
        if (m.agentsField) {
            for (Manifest.Entry e : m.agents) {
                Path file = root.resolve(e.value).normalize();
                if (!inside(file, root)) {
                    findings.add(finding(shown, e.location, "`agents` lists `" + e.value + "`, which is outside the plugin's "
                            + "folder; Claude Code skips it"));
                } else if (Files.isRegularFile(file)) {
                    if (agents.stream().noneMatch(a -> a.file().equals(file))) {
                        agents.add(new Agent(file, m.name + ":")); // a file listed twice is one agent
                    }
                } else {
                    findings.add(finding(shown, e.location, "`agents` lists `" + e.value + "`, which does not exist; "
                            + "Claude Code skips it"));
                }
            }
        } else {
            Path folder = root.resolve("agents");
            for (Path file : AgentsFolder.files(folder, AgentsFolder.Kind.PLUGIN)) {
                StringBuilder prefix = new StringBuilder(m.name).append(':');
                Path rel = folder.relativize(file);
                for (int i = 0; i < rel.getNameCount() - 1; i++) {
                    prefix.append(rel.getName(i)).append(':');
                }
                agents.add(new Agent(file, prefix.toString()));
            }
        }
        return new Plugin(m.name, root, manifest, List.copyOf(agents), List.copyOf(findings));
    }

    /** Whether {@code file} is in the plugin's folder, links resolved as far as they exist. */
    private static boolean inside(Path file, Path root) {
        if (!file.startsWith(root.normalize())) {
            return false;
        }
        try {
            return !Files.exists(file) || file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private static ProjectFinding finding(String file, Location location, String message) {
        return new ProjectFinding(ProjectFinding.Kind.PLUGIN_MANIFEST, file, location, message);
    }

    /** The parser's complaint without its internals (source descriptions, marker positions). */
    static String jsonProblem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        m = m.replaceAll("\\s*\\(start marker at [^\\n]*", "");
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    static Location at(JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return Location.FILE_START;
        }
        int col = Math.max(1, l.getColumnNr());
        long offset = Math.max(0, l.getCharOffset());
        return new Location(l.getLineNr(), col, l.getLineNr(), col, (int) offset, (int) offset);
    }

    static String display(Path path, Path workingDir) {
        return dev.agentctl.parse.FileDiscovery.display(path, workingDir);
    }

    /** The manifest fields agent loading depends on, with the place of each {@code agents} entry. */
    static final class Manifest {
        record Entry(String value, Location location) {
        }

        /**
         * The other component paths Claude Code 2.1.332 checks when it reads a manifest: each must start with
         * {@code ./}, some must end in one of the given extensions (none listed: any ending).
         */
        static final java.util.Map<String, List<String>> PATH_FIELDS = java.util.Map.of(
                "commands", List.of(), "skills", List.of(), "outputStyles", List.of(),
                "hooks", List.of(".json"), "lspServers", List.of(".json"), "mcpServers", List.of(".json", ".mcpb", ".dxt"));

        static String pathProblem(String field, String value) {
            if (field.equals("mcpServers") && (value.startsWith("https://") || value.startsWith("http://"))) {
                return null;
            }
            if (!value.startsWith("./")) {
                return "does not start with `./`";
            }
            List<String> endings = PATH_FIELDS.get(field);
            if (!endings.isEmpty() && endings.stream().noneMatch(value::endsWith)) {
                return "does not end in " + String.join(" or ", endings.stream().map(x -> "`" + x + "`").toList());
            }
            return null;
        }

        /** The manifest's {@code hooks} value as maps, lists and scalars, or {@link PluginHooks#ABSENT}. */
        Object hooks = PluginHooks.ABSENT;

        /** The value under the parser as maps, lists and scalars (the parser left on its last token). */
        private static Object hooksValue(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, hooksValue(p));
                }
                return map;
            }
            if (t == JsonToken.START_ARRAY) {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(hooksValue(p));
                }
                return list;
            }
            return switch (t) {
                case VALUE_STRING -> p.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> null;
            };
        }

        /** What else in the manifest makes Claude Code reject it: a message and its place. */
        final List<Entry> problems = new ArrayList<>();
        String name;
        Location nameAt = Location.FILE_START;
        boolean agentsField;
        final List<Entry> agents = new ArrayList<>();

        static Manifest parse(String text) throws IOException {
            Manifest m = new Manifest();
            try (JsonParser p = JSON.createParser(text)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new JsonProcessingException("the manifest is not a JSON object", p.currentLocation()) {
                    };
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (field.equals("name") && t == JsonToken.VALUE_STRING) {
                        m.name = p.getText();
                        m.nameAt = at(p.currentTokenLocation());
                    } else if (field.equals("agents")) {
                        m.agentsField = true;
                        readAgents(p, m.agents);
                    } else if (field.equals("hooks")) {
                        Location where = at(p.currentTokenLocation());
                        m.hooks = hooksValue(p);
                        List<Object> values = m.hooks instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
                        if (m.hooks instanceof String) {
                            values.add(m.hooks);
                        }
                        for (Object v : values) {
                            String problem = v instanceof String path ? pathProblem("hooks", path) : null;
                            if (problem != null) {
                                m.problems.add(new Entry("`hooks` entry `" + v + "` " + problem, where));
                            }
                        }
                    } else if (field.equals("version") && t != JsonToken.VALUE_STRING) {
                        m.problems.add(new Entry("`version` is not a string (write it in quotes)", at(p.currentTokenLocation())));
                        p.skipChildren();
                    } else if (PATH_FIELDS.containsKey(field) && (t == JsonToken.VALUE_STRING || t == JsonToken.START_ARRAY)) {
                        List<Entry> paths = new ArrayList<>();
                        readAgents(p, paths);
                        for (Entry e : paths) {
                            String problem = pathProblem(field, e.value);
                            if (problem != null) {
                                m.problems.add(new Entry("`" + field + "` entry `" + e.value + "` " + problem, e.location));
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                while (p.nextToken() != null) {
                    // read to the end, so that trailing garbage is a syntax error as it is for Claude Code
                }
            }
            return m;
        }

        /** An {@code agents} value (one string or a list), the parser on its first token. */
        static void readAgents(JsonParser p, List<Entry> out) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                out.add(new Entry(p.getText(), at(p.currentTokenLocation())));
            } else if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    out.add(new Entry(t == JsonToken.VALUE_STRING ? p.getText() : "", at(p.currentTokenLocation())));
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        }
    }
}
