package dev.agentctl.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Claude Code knows: tool names, legacy aliases, removed tools, model aliases, colours, recognised keys and the
 * value sets of the other fields. Data from a resource, not code, so that users can add their own tools (MCP
 * servers) and newer Claude Code versions can be described without a release. Immutable.
 */
public final class Vocabulary {

    private static final String RESOURCE = "/dev/agentctl/claude-code-vocabulary.json";
    private static volatile Vocabulary builtIn;

    private final Map<String, Object> data;
    private final String version;
    private final Set<String> tools;
    private final Map<String, String> legacyToolAliases;
    private final Set<String> removedTools;
    private final Map<String, String> removedToolReplacements;
    private final Set<String> internalTools;
    private final Set<String> neverGrantedToSubagents;
    private final Set<String> modelAliases;
    private final Set<String> colors;
    private final Set<String> permissionModes;
    private final Map<String, String> permissionModeAliases;
    private final Set<String> effortLevels;
    private final Map<String, String> effortAliases;
    private final Set<String> memoryScopes;
    private final Set<String> isolationValues;
    private final Set<String> recognizedKeys;
    private final Map<String, String> didYouMeanTable;
    private final Set<String> hookEvents;
    private final Set<String> hookTypes;
    private final Set<String> guardHookEvents;
    private final List<String> memoryTools;
    private final int fileSizeLimit;
    private final int descriptionTokenLimit;

    private Vocabulary(Map<String, Object> data) {
        this.data = data;
        version = string(data, "version");
        tools = set(data, "builtinToolNames");
        legacyToolAliases = stringMap(data, "legacyToolAliases");
        removedTools = set(data, "notToolsAnymore");
        removedToolReplacements = stringMap(data, "removedToolReplacements");
        internalTools = set(data, "internalOrGatedToolNames");
        neverGrantedToSubagents = set(data, "neverGrantedToSubagents");
        modelAliases = lower(set(data, "modelAliases"));
        colors = set(data, "colors");
        permissionModes = set(data, "permissionModes");
        permissionModeAliases = stringMap(data, "permissionModeAliases");
        effortLevels = set(data, "effortLevels");
        effortAliases = stringMap(data, "effortAliases");
        memoryScopes = set(data, "memoryScopes");
        isolationValues = set(data, "isolationValues");
        recognizedKeys = recognized(set(data, "recognizedKeys"));
        didYouMeanTable = stringMap(data, "didYouMeanTable");
        hookEvents = set(data, "hookEvents");
        hookTypes = set(data, "hookTypes");
        guardHookEvents = set(data, "permissionGuardHookEvents");
        memoryTools = List.copyOf(set(data, "memoryTools"));
        fileSizeLimit = number(data, "fileSizeLimitBytes", 1_048_576);
        @SuppressWarnings("unchecked")
        Map<String, Object> tokens = (Map<String, Object>) data.getOrDefault("agentDescriptionTokenWarning", Map.of());
        descriptionTokenLimit = number(tokens, "threshold", 15_000);
    }

    /** The vocabulary of the Claude Code version agentctl targets. */
    public static Vocabulary builtIn() {
        Vocabulary v = builtIn;
        if (v == null) {
            try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
                v = fromJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in vocabulary", e);
            }
            builtIn = v;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public static Vocabulary fromJson(InputStream in) throws IOException {
        Object data = JsonData.read(in);
        if (!(data instanceof Map)) {
            throw new IOException("a vocabulary must be a JSON object");
        }
        return new Vocabulary((Map<String, Object>) data);
    }

    /**
     * This vocabulary with a user's vocabulary file laid over it (see {@link VocabularyFile}): a file may hold only
     * the keys it changes, for instance its MCP tools under {@code builtinToolNames}.
     */
    public Vocabulary overlaidWith(InputStream in) throws VocabularyException, IOException {
        return new Vocabulary(VocabularyFile.overlay(data, in));
    }

    /** A copy that also knows these tool names (a team's MCP tools, tools newer than this vocabulary). */
    public Vocabulary withExtraTools(Collection<String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Set<String> all = new LinkedHashSet<>(tools);
        all.addAll(extra);
        return new Vocabulary(this, all);
    }

    private Vocabulary(Vocabulary o, Set<String> tools) {
        this.data = o.data;
        this.version = o.version;
        this.tools = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tools));
        this.legacyToolAliases = o.legacyToolAliases;
        this.removedTools = o.removedTools;
        this.removedToolReplacements = o.removedToolReplacements;
        this.internalTools = o.internalTools;
        this.neverGrantedToSubagents = o.neverGrantedToSubagents;
        this.modelAliases = o.modelAliases;
        this.colors = o.colors;
        this.permissionModes = o.permissionModes;
        this.permissionModeAliases = o.permissionModeAliases;
        this.effortLevels = o.effortLevels;
        this.effortAliases = o.effortAliases;
        this.memoryScopes = o.memoryScopes;
        this.isolationValues = o.isolationValues;
        this.recognizedKeys = o.recognizedKeys;
        this.didYouMeanTable = o.didYouMeanTable;
        this.hookEvents = o.hookEvents;
        this.hookTypes = o.hookTypes;
        this.guardHookEvents = o.guardHookEvents;
        this.memoryTools = o.memoryTools;
        this.fileSizeLimit = o.fileSizeLimit;
        this.descriptionTokenLimit = o.descriptionTokenLimit;
    }

    public String version() {
        return version;
    }

    /** Built-in tools, plus any the user added. Case-sensitive, as in Claude Code. */
    public Set<String> tools() {
        return tools;
    }

    public Map<String, String> legacyToolAliases() {
        return legacyToolAliases;
    }

    public Set<String> removedTools() {
        return removedTools;
    }

    /** What to list instead of a removed tool, where there is an obvious successor. */
    public Map<String, String> removedToolReplacements() {
        return removedToolReplacements;
    }

    public Set<String> internalTools() {
        return internalTools;
    }

    public Set<String> neverGrantedToSubagents() {
        return neverGrantedToSubagents;
    }

    /** Model aliases in lower case; {@code [1m]} variants of every alias are accepted too. */
    public boolean isModelAlias(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        if (m.endsWith("[1m]")) {
            m = m.substring(0, m.length() - 4);
        }
        return modelAliases.contains(m);
    }

    public Set<String> modelAliases() {
        return modelAliases;
    }

    public Set<String> colors() {
        return colors;
    }

    public Set<String> permissionModes() {
        return permissionModes;
    }

    public Map<String, String> permissionModeAliases() {
        return permissionModeAliases;
    }

    public Set<String> effortLevels() {
        return effortLevels;
    }

    public Map<String, String> effortAliases() {
        return effortAliases;
    }

    public Set<String> memoryScopes() {
        return memoryScopes;
    }

    public Set<String> isolationValues() {
        return isolationValues;
    }

    /** Every key Claude Code recognises: the {@link FieldCatalog}'s, and any a user's vocabulary adds. */
    public Set<String> recognizedKeys() {
        return recognizedKeys;
    }

    /** Keys Claude Code maps to a suggestion without edit distance; a null value means "no suggestion". */
    public Map<String, String> didYouMeanTable() {
        return didYouMeanTable;
    }

    public Set<String> hookEvents() {
        return hookEvents;
    }

    public Set<String> hookTypes() {
        return hookTypes;
    }

    /**
     * Hook events that can guard permissions ({@code PreToolUse}, …): Claude Code refuses an agent when one of them
     * cannot be read, since a broken guard may be what holds the agent's permissions in check.
     */
    public Set<String> guardHookEvents() {
        return guardHookEvents;
    }

    /** The tools Claude Code adds to an explicit tool list when the agent has a {@code memory}, in its order. */
    public List<String> memoryTools() {
        return memoryTools;
    }

    public int fileSizeLimit() {
        return fileSizeLimit;
    }

    public int descriptionTokenLimit() {
        return descriptionTokenLimit;
    }

    private static String string(Map<String, Object> data, String key) {
        Object v = data.get(key);
        return v == null ? "unknown" : v.toString();
    }

    private static int number(Map<String, Object> data, String key, int fallback) {
        return data.get(key) instanceof Number n ? n.intValue() : fallback;
    }

    private static Set<String> set(Map<String, Object> data, String key) {
        Object v = data.get(key);
        if (!(v instanceof List<?> list)) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object o : list) {
            if (o != null) {
                out.add(o.toString());
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The catalog's fields, then any keys a user's vocabulary adds (from a newer Claude Code, say). */
    private static Set<String> recognized(Set<String> extra) {
        Set<String> out = new LinkedHashSet<>();
        FieldCatalog.all().forEach(f -> out.add(f.key()));
        out.addAll(extra);
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Set<String> lower(Set<String> in) {
        Set<String> out = new LinkedHashSet<>();
        in.forEach(s -> out.add(s.toLowerCase(Locale.ROOT)));
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Map<String, String> stringMap(Map<String, Object> data, String key) {
        Object v = data.get(key);
        if (!(v instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, val) -> out.put(k.toString(), val == null ? null : val.toString()));
        return java.util.Collections.unmodifiableMap(out);
    }

}
