package dev.agentctl.project;

import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.ParsedFrontmatter;
import dev.agentctl.parse.YamlNode;
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

    public static PluginAgent of(AgentDocument doc, String plugin, Plugin.Agent file) {
        String base = file.file().getFileName().toString();
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
        return new PluginAgent(file.typePrefix() + (name == null ? base : name),
                fallback ? placeholderDescription(plugin) : description,
                d == null ? "inherit" : AgentRoster.model(d), d == null ? "All tools" : AgentRoster.tools(d), false, fallback);
    }

    private static String string(YamlNode.Mapping root, String key) {
        YamlNode.Entry e = root.get(key);
        return e != null && e.value().plain() instanceof String s && !s.isEmpty() ? s : null;
    }
}
