package dev.agentctl.parse;

import dev.agentctl.model.AgentDefinition;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A plugin agent as Claude Code registers it (spec §1.3). Plugin agents are lenient: a file without usable
 * frontmatter still loads, as {@code <plugin>:<file name>} with a placeholder description.
 *
 * @param placeholder true when the file loads only as that placeholder (no frontmatter, or YAML that fails even after
 *                    the repair)
 */
public record PluginAgent(String agentType, String description, String model, String tools, boolean placeholder,
                          boolean placeholderDescription) {

    public static String placeholderDescription(String plugin) {
        return "Agent from " + plugin + " plugin";
    }

    /** @param typePrefix {@code <plugin>:} and the folders between {@code agents/} and the file, each with a {@code :} */
    public static PluginAgent of(AgentDocument doc, String plugin, String typePrefix, Path file) {
        String base = file.getFileName().toString();
        if (base.toLowerCase(Locale.ROOT).endsWith(".md")) {
            base = base.substring(0, base.length() - 3);
        }
        if (doc.frontmatter() == null || doc.frontmatter().stage() == ParsedFrontmatter.Stage.FAILED) {
            return new PluginAgent(plugin + ":" + base, placeholderDescription(plugin), "inherit", "All tools", true, true);
        }
        YamlNode.Mapping root = doc.root();
        String name = string(root, "name");
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

    /** The tools as Claude Code's agent list shows them. */
    public static String tools(AgentDefinition d) {
        return d.tools().allTools() ? "All tools" : String.join(", ", d.tools().names());
    }

    private static String string(YamlNode.Mapping root, String key) {
        YamlNode.Entry e = root.get(key);
        return e != null && e.value().plain() instanceof String s && !s.isEmpty() ? s : null;
    }
}
