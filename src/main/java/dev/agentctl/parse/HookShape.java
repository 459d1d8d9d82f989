package dev.agentctl.parse;

import dev.agentctl.model.Location;
import dev.agentctl.schema.Vocabulary;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claude Code's judgement of an agent's hooks. A hook that could guard permissions (an event such as
 * {@code PreToolUse}, a matcher, or anything holding one) that Claude Code cannot read keeps the whole agent from
 * loading, and so does a {@code hooks} value that is not a mapping; a broken hook of any other event, or an event name
 * Claude Code does not know, is dropped with a warning and the agent loads.
 */
final class HookShape {

    /** Where the verdict stands and why; the kind tells a misplaced event from a malformed {@code hooks}. */
    record Problem(LoadProblem kind, String message, Location location) {
    }

    /** How deep Claude Code looks for a hidden guard hook. */
    private static final int SCAN_DEPTH = 3;
    /** Top-level keys whose values Claude Code does not search for hooks. */
    private static final Set<String> UNSCANNED_KEYS = Set.of("metadata", "mcpServers", "lspServers");

    private final Vocabulary vocabulary;

    HookShape(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Why Claude Code refuses the agent because of its hooks, or null when the hooks let it load. */
    Problem judge(YamlNode.Mapping root) {
        for (YamlNode.Entry entry : root.entries()) {
            if (root.get(entry.key()) == entry && !entry.key().equals("hooks") && !UNSCANNED_KEYS.contains(entry.key())
                    && guardsAtTopLevel(entry.key(), entry.value().plain())) {
                return new Problem(LoadProblem.HOOK_EVENT_AT_TOP_LEVEL, isKnownEvent(entry.key())
                        ? "hook event `" + entry.key() + "` is written at the top level of the frontmatter instead of under `hooks:`"
                        : "`" + entry.key() + "` holds PreToolUse/PermissionRequest hooks outside `hooks:`", entry.keyLocation());
            }
        }
        YamlNode.Entry hooks = root.get("hooks");
        if (hooks == null || !JsValues.truthy(hooks.value().plain())) {
            return null;
        }
        YamlNode value = hooks.value();
        Object plain = value.plain();
        if (isSingleMatcher(plain) || plain instanceof List<?> list && list.stream().anyMatch(this::isSingleMatcher)) {
            return invalid("`hooks` must map event names to lists of matchers, but it holds "
                    + (plain instanceof List ? "a list of matchers" : "a single matcher"), value.location());
        }
        if (!(value instanceof YamlNode.Mapping events)) {
            return invalid("`hooks` must map event names to lists of matchers, but it is " + describe(plain), value.location());
        }
        for (YamlNode.Entry event : events.entries()) {
            if (events.get(event.key()) != event) {
                continue;
            }
            String problem = eventProblem(event.key(), event.value().plain());
            if (problem != null) {
                return invalid("`hooks." + event.key() + "` " + problem, event.value().location());
            }
        }
        return null;
    }

    private static Problem invalid(String message, Location location) {
        return new Problem(LoadProblem.INVALID_HOOKS, message, location);
    }

    /** Whether an event under {@code hooks:} is one Claude Code knows; unknown ones are dropped. */
    boolean isKnownEvent(String event) {
        return vocabulary.hookEvents().contains(event);
    }

    /** What keeps the agent from loading in one event's value, or null when Claude Code loads it (maybe dropping it). */
    private String eventProblem(String event, Object value) {
        boolean guard = vocabulary.guardHookEvents().contains(event);
        if (!isKnownEvent(event)) {
            return holdsGuard(value, SCAN_DEPTH, !(value instanceof List), false, false)
                    ? "is not a hook event, but it holds PreToolUse/PermissionRequest hooks" : null;
        }
        if (!(value instanceof List<?> matchers)) {
            return guard && value != null || holdsGuard(value, SCAN_DEPTH, false, false, false)
                    ? "must be a list of matchers, but it is " + describe(value) : null;
        }
        for (Object matcher : matchers) {
            if (holdsGuard(matcher, SCAN_DEPTH, false, false, false)) {
                return "holds PreToolUse/PermissionRequest hooks where a matcher was expected";
            }
            String problem = matcherProblem(matcher);
            if (problem != null && guard) {
                return problem;
            }
        }
        return null;
    }

    private String matcherProblem(Object matcher) {
        if (!(matcher instanceof Map<?, ?> m)) {
            return "must be a list of maps with a `hooks` list";
        }
        if (!(m.get("hooks") instanceof List<?> hooks)) {
            return "has a matcher without a `hooks` list";
        }
        for (Object hook : hooks) {
            String problem = hookProblem(hook);
            if (problem != null) {
                return problem;
            }
        }
        if (m.containsKey("matcher") && !(m.get("matcher") instanceof String)) {
            return "has a `matcher` that is not a string";
        }
        return null;
    }

    private String hookProblem(Object hook) {
        if (!(hook instanceof Map<?, ?> h)) {
            return "has a hook that is not a map";
        }
        if (!(h.get("type") instanceof String t) || !vocabulary.hookTypes().contains(t)) {
            return "has a hook without a known `type` (" + String.join(", ", vocabulary.hookTypes()) + ")";
        }
        Map<String, Value> fields = HOOK_FIELDS.getOrDefault(t, Map.of());
        for (Map.Entry<String, Value> field : fields.entrySet()) {
            boolean required = REQUIRED.contains(field.getKey() + "@" + t);
            if (!h.containsKey(field.getKey()) ? required : !field.getValue().accepts(h.get(field.getKey()))) {
                return "has a `" + t + "` hook whose `" + field.getKey() + "` is not " + field.getValue().description;
            }
        }
        return null;
    }

    /** The value types of Claude Code's hook settings schema; a key that is present must match, even when null. */
    private enum Value {
        STRING("a string"),
        NON_EMPTY_STRING("a non-empty string"),
        URL("a URL"),
        POSITIVE_NUMBER("a positive number"),
        BOOLEAN("true or false"),
        STRINGS("a list of strings"),
        STRING_MAP("a map of strings"),
        MAP("a map"),
        SHELL("`bash` or `powershell`"),
        ON_FAILURE("`continue` or `block`");

        final String description;

        Value(String description) {
            this.description = description;
        }

        boolean accepts(Object v) {
            return switch (this) {
                case STRING -> v instanceof String;
                case NON_EMPTY_STRING -> v instanceof String s && !s.isEmpty();
                case URL -> v instanceof String s && isUrl(s);
                case POSITIVE_NUMBER -> v instanceof Number n && n.doubleValue() > 0 && Double.isFinite(n.doubleValue());
                case BOOLEAN -> v instanceof Boolean;
                case STRINGS -> v instanceof List<?> l && l.stream().allMatch(String.class::isInstance);
                case STRING_MAP -> v instanceof Map<?, ?> m && m.values().stream().allMatch(String.class::isInstance);
                case MAP -> v instanceof Map;
                case SHELL -> "bash".equals(v) || "powershell".equals(v);
                case ON_FAILURE -> "continue".equals(v) || "block".equals(v);
            };
        }

        private static boolean isUrl(String s) {
            try {
                java.net.URI uri = new java.net.URI(s);
                return uri.getScheme() != null && (uri.getHost() != null || uri.isOpaque());
            } catch (java.net.URISyntaxException e) {
                return false;
            }
        }
    }

    /** The fields each hook type checks, as Claude Code 2.1.332's settings schema declares them. */
    private static final Map<String, Map<String, Value>> HOOK_FIELDS = Map.of(
            "command", fields("command", Value.STRING, "args", Value.STRINGS, "shell", Value.SHELL,
                    "onFailure", Value.ON_FAILURE, "async", Value.BOOLEAN, "asyncRewake", Value.BOOLEAN,
                    "holdsTools", Value.BOOLEAN, "rewakeMessage", Value.NON_EMPTY_STRING,
                    "rewakeSummary", Value.NON_EMPTY_STRING),
            "prompt", fields("prompt", Value.STRING, "model", Value.STRING, "continueOnBlock", Value.BOOLEAN),
            "agent", fields("prompt", Value.STRING, "model", Value.STRING),
            "http", fields("url", Value.URL, "onFailure", Value.ON_FAILURE, "headers", Value.STRING_MAP,
                    "allowedEnvVars", Value.STRINGS),
            "mcp_tool", fields("server", Value.STRING, "tool", Value.STRING, "input", Value.MAP));

    private static final Set<String> REQUIRED = Set.of("command@command", "prompt@prompt", "prompt@agent", "url@http",
            "server@mcp_tool", "tool@mcp_tool");

    /** The type's own fields, then those every hook type shares. */
    private static Map<String, Value> fields(Object... pairs) {
        Map<String, Value> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Value) pairs[i + 1]);
        }
        out.put("if", Value.STRING);
        out.put("timeout", Value.POSITIVE_NUMBER);
        out.put("statusMessage", Value.STRING);
        out.put("once", Value.BOOLEAN);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A top-level key that Claude Code takes for guard hooks written outside {@code hooks:}. */
    private boolean guardsAtTopLevel(String key, Object value) {
        if (vocabulary.guardHookEvents().contains(key) && value != null && !(value instanceof List<?> l && l.isEmpty())) {
            return true;
        }
        return holdsGuard(value, SCAN_DEPTH, !isKnownEvent(key), false, true);
    }

    /**
     * Whether a value holds guard hooks within {@code depth} levels: a map with a guard event, or (when
     * {@code matchersCount}) something shaped like a matcher. Inside a {@code hooks} list, a hook entry ends the search;
     * a search from the top level of the frontmatter passes over the keys it does not scan, at every depth.
     */
    private boolean holdsGuard(Object value, int depth, boolean matchersCount, boolean inHooksList, boolean skipUnscanned) {
        if (hasGuardEvent(value) || matchersCount && isSingleMatcher(value)) {
            return true;
        }
        if (depth == 0 || !JsValues.truthy(value)) {
            return false;
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(item -> holdsGuard(item, depth - 1, matchersCount, inHooksList, skipUnscanned));
        }
        if (!(value instanceof Map<?, ?> map)) {
            return false;
        }
        if (inHooksList && map.get("type") instanceof String) {
            return false;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (skipUnscanned && UNSCANNED_KEYS.contains(key)) {
                continue;
            }
            if (holdsGuard(e.getValue(), depth - 1, matchersCount && !isKnownEvent(key),
                    key.equals("hooks") && e.getValue() instanceof List, skipUnscanned)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasGuardEvent(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return false;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (vocabulary.guardHookEvents().contains(String.valueOf(e.getKey())) && e.getValue() != null
                    && !(e.getValue() instanceof List<?> l && l.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** A map that looks like one matcher ({@code matcher:} and {@code hooks:}) rather than a map of events. */
    private boolean isSingleMatcher(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return false;
        }
        boolean hasMatcher = map.containsKey("matcher");
        if (!hasMatcher && map.keySet().stream().anyMatch(k -> isKnownEvent(String.valueOf(k)))) {
            return false;
        }
        Object hooks = map.get("hooks");
        if (hooks instanceof List<?> list) {
            return !list.isEmpty();
        }
        return hooks instanceof Map<?, ?> h && (hasMatcher || h.get("type") instanceof String);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "empty";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }
}
