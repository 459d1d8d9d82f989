package dev.agentctl.parse;

import dev.agentctl.model.AgentDefinition;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plugin agent as Claude Code registers it (spec §1.3). Plugin agents are lenient: a file without usable
 * frontmatter still loads, as {@code <plugin>:<folders below agents/>:<file name>} with a placeholder description.
 *
 * @param placeholder true when the file loads only as that placeholder (no frontmatter, or YAML that fails even after
 *                    the repair)
 */
public record PluginAgent(String agentType, String description, String model, String tools, boolean placeholder,
                          boolean placeholderDescription) {

    public static String placeholderDescription(String plugin) {
        return "Agent from " + plugin + " plugin";
    }

    /**
     * Whether a plugin loads the file at all: lenient as plugins are, a file over Claude Code's size limit is skipped
     * there too (observed on 2.1.332).
     */
    public static boolean loads(AgentDocument doc) {
        return !doc.hasProblem(LoadProblem.TOO_LARGE);
    }

    /** @param typePrefix {@code <plugin>:} and the folders between {@code agents/} and the file, each with a {@code :} */
    public static PluginAgent of(AgentDocument doc, String plugin, String typePrefix, Path file) {
        String base = file.getFileName().toString();
        if (base.toLowerCase(Locale.ROOT).endsWith(".md")) {
            base = base.substring(0, base.length() - 3);
        }
        if (doc.frontmatter() == null || doc.frontmatter().stage() == ParsedFrontmatter.Stage.FAILED) {
            return new PluginAgent(typePrefix + base, placeholderDescription(plugin), "inherit", "All tools", true, true);
        }
        YamlNode.Mapping root = doc.root();
        String name = nameValue(root);
        String description = string(root, "description");
        if (description == null) {
            description = string(root, "when_to_use");
        }
        if (description == null) {
            description = string(root, "when-to-use");
        }
        boolean fallback = description == null;
        var d = doc.definition();
        return new PluginAgent(typePrefix + (name == null ? base : name),
                fallback ? placeholderDescription(plugin) : description,
                d == null ? "inherit" : model(d), d == null ? "All tools" : tools(d), false, fallback);
    }

    public static String model(AgentDefinition d) {
        return d.model() == null ? "inherit" : d.model().value().value();
    }

    /**
     * The tools as Claude Code's agent list shows them (observed on 2.1.332), which is not always what the agent is
     * granted: an empty {@code tools} (none granted) is listed as all tools; {@code disallowedTools} is taken off the
     * listed names (exact names only) or shown as "All tools except ..."; a {@code *} in it counts as no entry.
     */
    public static String tools(AgentDefinition d) {
        List<String> allowed = d.tools().allTools() ? List.of() : d.tools().names();
        List<String> denied = d.disallowedTools() == null || d.disallowedTools().allTools() ? List.of() : d.disallowedTools().names();
        return toolsListing(allowed, denied);
    }

    /**
     * The same from the names themselves, as split by Claude Code; an empty list stands for no entry (an absent key,
     * {@code *}, or nothing usable).
     */
    public static String toolsListing(List<String> allowed, List<String> denied) {
        if (!allowed.isEmpty() && !denied.isEmpty()) {
            Set<String> deny = new HashSet<>(denied);
            List<String> left = allowed.stream().filter(t -> !deny.contains(t)).toList();
            return left.isEmpty() ? "None" : String.join(", ", left);
        }
        if (!allowed.isEmpty()) {
            return String.join(", ", allowed);
        }
        return denied.isEmpty() ? "All tools" : "All tools except " + String.join(", ", denied);
    }

    /**
     * The {@code name} as Claude Code takes it for a plugin agent (observed on 2.1.332): not trimmed, a number or
     * boolean written as text, an empty or missing one giving way to the file name.
     */
    private static String nameValue(YamlNode.Mapping root) {
        YamlNode.Entry e = root.get("name");
        String v = e == null ? null : text(e.value().plain());
        return v == null || v.isEmpty() ? null : v;
    }

    /** A scalar as JavaScript's {@code String()} writes it: text as is, a number or boolean as its text; else null. */
    private static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            return v.toString();
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return d == Math.rint(d) && Math.abs(d) < 1e21 ? Long.toString(d.longValue()) : d.toString();
        }
        return null;
    }

    /**
     * A text value as plugin agents take it: a number or boolean as its text, trimmed (unlike project agents'
     * descriptions), empty counting as absent.
     */
    private static String string(YamlNode.Mapping root, String key) {
        YamlNode.Entry e = root.get(key);
        String s = e == null ? null : text(e.value().plain());
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
