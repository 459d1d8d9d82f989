package dev.agentctl.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every frontmatter key Claude Code recognises, described once: the kind of value it takes, what it means, and what
 * Claude Code does with a value it does not accept. The parser reads values by their kind ({@code FieldReader}), the
 * dropped-value rules take their explanation from here, the exported JSON Schema and the recognised keys are built
 * from this list. Adding a field is one entry here, plus its fixtures; if a dropped value deserves a warning, a rule
 * class naming the field ({@code @RuleInfo(field = "key")}) reports it, with the entry's {@code whenInvalid} as its
 * explanation. Value sets are in the {@link Vocabulary}, so a user can extend them; entries refer to them.
 */
public final class FieldCatalog {

    /** The kind of value a field takes, which decides how Claude Code reads it. */
    public sealed interface Kind {
    }

    /** The agent's name: a required string with Claude Code's name rules. */
    public record Name() implements Kind {
    }

    /** Free text; {@code nonBlank} when Claude Code ignores a value of white space only. */
    public record Text(boolean nonBlank) implements Kind {
    }

    /**
     * Entries split on commas and spaces ({@code tools}, {@code disallowedTools}, {@code skills});
     * {@code emptyGrantsNone} when an empty value means nothing at all rather than the default.
     */
    public record EntryList(boolean emptyGrantsNone) implements Kind {
    }

    /** {@code inherit}, an alias, or any other string passed on as a model id. */
    public record Model() implements Kind {
    }

    /** One of a set of strings, exactly as written; an alias stands for another value. */
    public record OneOf(Function<Vocabulary, Collection<String>> values, Function<Vocabulary, Map<String, String>> aliases)
            implements Kind {
    }

    /** One of a set of words in any case, or an integer ({@code effort}). */
    public record LevelOrInteger(Function<Vocabulary, Collection<String>> levels,
                                 Function<Vocabulary, Map<String, String>> aliases) implements Kind {
    }

    /** A positive integer, or a string JavaScript's {@code parseInt} reads as one. */
    public record PositiveInteger() implements Kind {
    }

    /** {@code true} or {@code false}, also quoted; only true sets it. */
    public record Flag() implements Kind {
    }

    /** A list of MCP server names or of {@code {name: config}} maps. */
    public record Servers() implements Kind {
    }

    /** Hooks by event, in the settings hooks format. */
    public record Hooks() implements Kind {
    }

    /** A key Claude Code recognises whose value agentctl does not check. */
    public record Recognised() implements Kind {
    }

    /**
     * One frontmatter field.
     *
     * @param doc         what the field means, for editors (the JSON Schema's description)
     * @param whenInvalid what Claude Code accepts and does with anything else, for the rule that reports a dropped
     *                    value; {@code {values}} stands for the accepted values in the vocabulary. Empty when no rule
     *                    reports the field's value.
     */
    public record Field(String key, Kind kind, boolean required, String doc, String whenInvalid) {

        /** The values the field accepts, for a message: from the vocabulary where the kind keeps them there. */
        public List<String> acceptedValues(Vocabulary v) {
            if (kind instanceof OneOf o) {
                return List.copyOf(o.values().apply(v));
            }
            if (kind instanceof LevelOrInteger l) {
                return List.copyOf(l.levels().apply(v));
            }
            if (kind instanceof PositiveInteger) {
                return List.of("a positive integer");
            }
            return kind instanceof Flag ? List.of("true", "false") : List.of();
        }

        /** {@link #doc} with the accepted values listed where it says {@code {values}}. */
        public String description(Vocabulary v) {
            return doc.isEmpty() ? "Recognised by Claude Code " + v.version() + "; see its documentation."
                    : doc.replace("{values}", String.join(", ", acceptedValues(v)));
        }

        /** {@link #whenInvalid} with the accepted values written out: {@code `a`, `b` and `c`}. */
        public String explanation(Vocabulary v) {
            List<String> quoted = new ArrayList<>();
            acceptedValues(v).forEach(s -> quoted.add("`" + s + "`"));
            String values = quoted.size() < 2 ? String.join("", quoted)
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
            return whenInvalid.replace("{values}", values);
        }
    }

    private static final Function<Vocabulary, Map<String, String>> NO_ALIASES = v -> Map.of();

    /** In the order of Claude Code's own list of keys, which breaks ties between did-you-mean suggestions. */
    private static final List<Field> ALL = List.of(
            new Field("name", new Name(), true, "The agent's name, by which Claude Code and other agents call it. "
                    + "Lowercase letters, digits and hyphens by convention; must not start with `-` or contain `:`.", ""),
            new Field("description", new Text(false), true,
                    "When Claude Code should use this agent. Sent with every request.", ""),
            new Field("model", new Model(), false,
                    "`inherit`, an alias or a model id; any other string is passed on as a model id.", ""),
            new Field("tools", new EntryList(true), false, "The tools the agent may use; without this key, all tools. `*` "
                    + "means all tools. An empty value grants none: write `[]` when that is meant.", ""),
            new Field("disallowedTools", new EntryList(false), false,
                    "Tools removed from the agent's tool set; same syntax as `tools`.", ""),
            new Field("color", new OneOf(Vocabulary::colors, NO_ALIASES), false,
                    "The colour of the agent in Claude Code's interface.",
                    "Claude Code accepts exactly {values}, in lower case. Anything else (`Blue`, `magenta`, `#2196F3`) "
                            + "is dropped without a word and the agent shows in the default colour."),
            new Field("effort", new LevelOrInteger(Vocabulary::effortLevels, Vocabulary::effortAliases), false,
                    "Reasoning effort: {values} (any case), or an integer.",
                    "Claude Code accepts {values} in any case, or an integer. It warns about anything else and drops "
                            + "the value."),
            new Field("permissionMode", new OneOf(Vocabulary::permissionModes, Vocabulary::permissionModeAliases), false,
                    "The permission mode the agent runs in.",
                    "Claude Code accepts {values} (and `manual` for `default`). It warns about anything else and runs "
                            + "the agent with the session's mode."),
            new Field("mcpServers", new Servers(), false,
                    "MCP servers for the agent: names, or maps of a name to a server configuration.", ""),
            new Field("hooks", new Hooks(), false,
                    "Hooks by event name (PreToolUse, PostToolUse, …), in the settings hooks format.", ""),
            new Field("maxTurns", new PositiveInteger(), false, "The most turns the agent may take: a positive integer.",
                    "Claude Code accepts a positive integer (or a string that starts with one). It warns about anything "
                            + "else and runs the agent without a turn limit."),
            new Field("autoCompactWindow", new Recognised(), false, "", ""),
            new Field("skills", new EntryList(false), false, "Skills the agent may use; same syntax as `tools`.", ""),
            new Field("initialPrompt", new Text(true), false, "A first message the agent starts with.", ""),
            new Field("memory", new OneOf(Vocabulary::memoryScopes, NO_ALIASES), false,
                    "Where the agent keeps its memory.",
                    "Claude Code accepts {values} as the agent's memory scope. It warns about anything else and runs "
                            + "the agent without memory."),
            new Field("background", new Flag(), false, "Run the agent in the background.",
                    "Claude Code accepts `true` and `false` (or those words quoted). YAML 1.2, which Claude Code reads, "
                            + "has no `yes`/`no`/`on`/`off` booleans: `background: yes` is the string `yes`, ignored "
                            + "with a warning."),
            new Field("omitClaudeMd", new Recognised(), false, "", ""),
            new Field("isolation", new OneOf(Vocabulary::isolationValues, NO_ALIASES), false,
                    "Run the agent in a separate worktree or remotely.",
                    "Claude Code accepts {values} (plugin agents: `worktree` only). It warns about anything else and "
                            + "runs the agent without isolation."),
            new Field("observer", new Recognised(), false, "", ""),
            new Field("observerMessage", new Recognised(), false, "", ""),
            new Field("observeToolResults", new Recognised(), false, "", ""),
            new Field("observeSubagents", new Recognised(), false, "", ""),
            new Field("experimental", new Recognised(), false, "", ""));

    private static final Map<String, Field> BY_KEY = byKey();

    public static final Field NAME = field("name");
    public static final Field DESCRIPTION = field("description");
    public static final Field MODEL = field("model");
    public static final Field TOOLS = field("tools");
    public static final Field DISALLOWED_TOOLS = field("disallowedTools");
    public static final Field COLOR = field("color");
    public static final Field EFFORT = field("effort");
    public static final Field PERMISSION_MODE = field("permissionMode");
    public static final Field MAX_TURNS = field("maxTurns");
    public static final Field SKILLS = field("skills");
    public static final Field INITIAL_PROMPT = field("initialPrompt");
    public static final Field MEMORY = field("memory");
    public static final Field BACKGROUND = field("background");
    public static final Field ISOLATION = field("isolation");

    private FieldCatalog() {
    }

    public static List<Field> all() {
        return ALL;
    }

    public static Optional<Field> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** A field by key; for the catalog's own constants and for rules, which name a key the catalog has. */
    public static Field field(String key) {
        Field f = BY_KEY.get(key);
        if (f == null) {
            throw new IllegalArgumentException("no field `" + key + "` in the catalog");
        }
        return f;
    }

    private static Map<String, Field> byKey() {
        Map<String, Field> out = new LinkedHashMap<>();
        ALL.forEach(f -> out.put(f.key(), f));
        return java.util.Collections.unmodifiableMap(out);
    }
}
