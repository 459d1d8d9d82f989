package dev.agentctl.lsp;

import dev.agentctl.model.AgentDefinition;
import dev.agentctl.model.Located;
import dev.agentctl.model.Location;
import dev.agentctl.model.ModelRef;
import dev.agentctl.model.ToolSpec;
import dev.agentctl.model.Origin;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.PluginAgent;
import dev.agentctl.project.AgentRoster;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.Suggestions;
import dev.agentctl.rules.project.DuplicateName;
import dev.agentctl.schema.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover in the frontmatter, answered from what the parser made of the text: on a key, what Claude Code does with
 * it; on a tool, whether it is granted; on {@code model}, what it resolves to; on {@code name}, which file wins; on
 * a {@code ---} line, the whole agent as Claude Code loads it (the {@code inspect} view).
 */
final class Hovers {

    private Hovers() {
    }

    static Hover at(Engine engine, FieldDocs docs, Workspace workspace, OpenDocument doc, AgentFile file,
                    AgentDocument parsed, Position position) {
        FrontmatterLines lines = new FrontmatterLines(doc.text());
        String line = lines.line(position.getLine());
        TextPositions positions = new TextPositions(doc.text());
        if (line.replace("\uFEFF", "").stripTrailing().equals("---") && (position.getLine() == 0 || lines.inside(position.getLine() - 1))) {
            return hover(inspect(parsed, file), null, positions);
        }
        if (!lines.inside(position.getLine())) {
            return null;
        }
        int offset = positions.offset(position);
        Vocabulary v = engine.vocabulary();
        AgentDefinition agent = parsed.definition();
        if (agent != null) {
            Located<String> tool = entryAt(agent.tools(), offset);
            if (tool != null) {
                return hover(toolText(v, tool.value(), true), tool.location(), positions);
            }
            tool = entryAt(agent.disallowedTools(), offset);
            if (tool != null) {
                return hover(toolText(v, tool.value(), false), tool.location(), positions);
            }
            if (agent.model() != null && contains(agent.model().location(), offset)) {
                return hover(modelText(v, agent.model().value()), agent.model().location(), positions);
            }
            if (agent.name() != null && contains(agent.name().location(), offset)) {
                return hover(nameText(parsed, file, workspace.summaries()), agent.name().location(), positions);
            }
        }
        for (YamlNode.Entry entry : parsed.root().entries()) {
            if (contains(entry.keyLocation(), offset) || contains(entry.value().location(), offset)) {
                return hover(keyText(v, docs, entry.key()), entry.keyLocation(), positions);
            }
        }
        return null;
    }

    private static Hover hover(String markdown, Location where, TextPositions positions) {
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown));
        if (where != null) {
            h.setRange(positions.range(where.startOffset(), where.endOffset()));
        }
        return h;
    }

    private static boolean contains(Location l, int offset) {
        return l != null && l.startOffset() <= offset && offset <= l.endOffset() && l.endOffset() > l.startOffset();
    }

    private static Located<String> entryAt(ToolSpec spec, int offset) {
        if (spec == null) {
            return null;
        }
        for (Located<String> e : spec.entries()) {
            if (contains(e.location(), offset)) {
                return e;
            }
        }
        return null;
    }

    static String keyText(Vocabulary v, FieldDocs docs, String key) {
        FieldDocs.Field f = docs.field(key);
        if (f == null) {
            if (v.hookEvents().contains(key)) {
                return "**`" + key + "`** is a hook event: Claude Code reads hooks only under `hooks:`, not at the top level.";
            }
            String normalized = Suggestions.normalize(key);
            String suggestion = v.didYouMeanTable().containsKey(normalized) ? v.didYouMeanTable().get(normalized)
                    : Suggestions.closest(key, v.recognizedKeys());
            return "**`" + key + "`**: Claude Code " + v.version() + " does not recognise or apply this key; it ignores it."
                    + (suggestion == null ? "" : " Did you mean `" + suggestion + "`?");
        }
        StringBuilder s = new StringBuilder("**`" + key + "`**: " + f.description());
        if (!f.values().isEmpty()) {
            s.append("\n\nValues: ");
            List<String> shown = new ArrayList<>();
            f.values().forEach(value -> shown.add("`" + value + "`"));
            s.append(String.join(", ", shown)).append('.');
        }
        return s.toString();
    }

    static String toolText(Vocabulary v, String entry, boolean allow) {
        if (entry.equals("*")) {
            return allow ? "**`*`**: all tools." : "**`*`**: removes every tool.";
        }
        int paren = entry.indexOf('(');
        String tool = paren > 0 ? entry.substring(0, paren) : entry;
        String verb = allow ? "grants" : "removes";
        String s;
        if (v.legacyToolAliases().containsKey(tool)) {
            s = "`" + tool + "` is the old name of `" + v.legacyToolAliases().get(tool) + "`: Claude Code " + verb + " `"
                    + v.legacyToolAliases().get(tool) + "`.";
        } else if (v.removedTools().contains(tool)) {
            String instead = v.removedToolReplacements().get(tool);
            s = "`" + tool + "` is no longer a Claude Code tool: it " + verb + " nothing."
                    + (instead == null ? "" : " Use `" + instead + "`.");
        } else if (allow && v.neverGrantedToSubagents().contains(tool)) {
            s = "`" + tool + "` is never granted to a subagent, whatever its `tools` say"
                    + (tool.equals("ExitPlanMode") ? " (except in `permissionMode: plan`)." : ".");
        } else if (v.tools().contains(tool)) {
            s = "`" + tool + "`: Claude Code " + verb + " it"
                    + (Vocabulary.builtIn().tools().contains(tool) ? "." : " (a known tool from your configuration).");
        } else if (tool.startsWith("mcp__")) {
            s = "`" + tool + "`: an MCP tool; Claude Code " + verb + " it when that server is configured.";
        } else if (v.internalTools().contains(tool)) {
            s = "`" + tool + "` is internal to Claude Code or gated: an agent's list " + (allow ? "does not grant it." : "need not remove it.");
        } else {
            s = "`" + tool + "` is not a tool Claude Code " + v.version() + " knows: it " + verb + " nothing. "
                    + "If it is an MCP tool or newer than agentctl, add it to `known-tools` in `.agentctl.yaml`.";
        }
        if (paren > 0) {
            s += tool.equals("Agent") || tool.equals("Task")
                    ? " The names in parentheses limit which agents it may start."
                    : " The part in parentheses does not narrow what an agent's list " + verb + ".";
        }
        return s;
    }

    static String modelText(Vocabulary v, String value) {
        return modelText(v, new ModelRef(value, value.strip().equalsIgnoreCase("inherit") ? ModelRef.Kind.INHERIT
                : v.isModelAlias(value) ? ModelRef.Kind.ALIAS : ModelRef.Kind.MODEL_ID));
    }

    static String modelText(Vocabulary v, ModelRef model) {
        String value = model.value();
        return switch (model.kind()) {
            case INHERIT -> "`" + value + "`: the agent uses the model of the conversation that starts it.";
            case ALIAS -> aliasText(value.strip().toLowerCase(Locale.ROOT));
            case MODEL_ID -> "`" + value + "` is not an alias: Claude Code passes it to the API as a model id, as written; "
                    + "a typo shows only when the agent runs. Aliases: " + String.join(", ", v.modelAliases()) + ".";
        };
    }

    private static String aliasText(String alias) {
        boolean million = alias.endsWith("[1m]");
        String base = million ? alias.substring(0, alias.length() - 4) : alias;
        String s = switch (base) {
            case "opusplan" -> "`opusplan`: Opus while the agent plans, Sonnet otherwise";
            case "best" -> "`best`: the most capable model the account can use";
            default -> "`" + base + "`: the current " + Character.toUpperCase(base.charAt(0)) + base.substring(1)
                    + " model, resolved by Claude Code when the agent runs";
        };
        return s + (million ? ", with the 1M-token context window." : ".");
    }

    /**
     * Which file Claude Code keeps for this agent's type, and why, from the project model: inside one folder the
     * last sorted path (inside one plugin, whichever it reads last); between folders, the precedence of scopes and
     * the closer project folder; plugin agents are namespaced and never clash with the others.
     */
    static String nameText(AgentDocument parsed, AgentFile file, List<AgentSummary> all) {
        Origin origin = file == null ? Origin.named("") : file.origin();
        AgentSummary self = AgentSummary.of(parsed, file == null ? parsed.source().path().toString() : file.sortKey(), origin);
        if (self == null) {
            return "Claude Code does not load this file" + (parsed.reason() == null ? "" : " (" + parsed.reason() + ")")
                    + ", so its `name` registers no agent.";
        }
        String type = self.name();
        List<AgentSummary> sameFolder = new ArrayList<>();
        List<AgentSummary> elsewhere = new ArrayList<>();
        for (AgentSummary a : all) {
            if (!a.name().equals(type) || a.file().equals(self.file())) {
                continue;
            }
            (a.origin().folder().equals(origin.folder()) ? sameFolder : elsewhere).add(a);
        }
        sameFolder.add(self);
        sameFolder.sort(java.util.Comparator.comparing(AgentSummary::sortKey));
        StringBuilder s = new StringBuilder("**`" + type + "`**");
        if (origin.inPlugin()) {
            s.append(": registered by plugin `").append(origin.plugin())
                    .append("` under its own name, so it never clashes with a project's or the user's agents.");
        } else if (AgentRoster.BUILT_INS.contains(type)) {
            s.append(": replaces Claude Code's built-in agent of this name.");
        } else if (sameFolder.size() == 1 && elsewhere.isEmpty()) {
            s.append(": the only agent of this name in the workspace.");
        } else {
            s.append(" is defined in more than one file; which one Claude Code keeps:");
        }
        if (sameFolder.size() > 1) {
            if (origin.inPlugin()) {
                s.append("\n\n").append(sameFolder.size()).append(" files of plugin `").append(origin.plugin())
                        .append("` give this agent; Claude Code keeps the one it reads last in directory order, which cannot be predicted:\n");
                for (AgentSummary a : sameFolder) {
                    s.append("\n- `").append(a.file()).append('`');
                }
            } else {
                AgentSummary winner = DuplicateName.winner(sameFolder);
                s.append("\n\n").append(sameFolder.size()).append(" files").append(folderText(origin.folder()))
                        .append(" define it; Claude Code keeps the last path in sorted order:\n");
                for (AgentSummary a : sameFolder) {
                    s.append("\n- `").append(a.file()).append('`').append(a == winner ? " (wins)" : " (ignored)");
                }
            }
        }
        if (!elsewhere.isEmpty()) {
            // Of another folder, only the file that folder keeps competes with this one.
            java.util.Map<String, List<AgentSummary>> byFolder = new java.util.TreeMap<>();
            for (AgentSummary a : elsewhere) {
                byFolder.computeIfAbsent(a.origin().folder(), k -> new ArrayList<>()).add(a);
            }
            s.append("\n\nIn other folders of the project:\n");
            for (List<AgentSummary> folder : byFolder.values()) {
                AgentSummary kept = folder.get(0).origin().inPlugin() ? folder.get(0) : DuplicateName.winner(folder);
                s.append("\n- `").append(kept.file()).append("`: ").append(precedence(origin, kept.origin()));
            }
        }
        return s.toString();
    }

    private static String folderText(String folder) {
        return folder.isEmpty() ? "" : " in `" + folder + "`";
    }

    /** How another folder's agent of the same type stands to this one, by Claude Code's precedence. */
    private static String precedence(Origin self, Origin other) {
        if (self.inPlugin() || other.inPlugin()) {
            return "a plugin of the same name; of two plugins, the one Claude Code loads later wins.";
        }
        if (self.scope() != other.scope()) {
            return other.scope().name().toLowerCase(Locale.ROOT) + " scope; Claude Code's precedence (plugin < user < "
                    + "project < managed) decides.";
        }
        String mine = settingsDir(self.folder());
        String theirs = settingsDir(other.folder());
        if (mine == null || theirs == null) {
            return "another folder; only files of one folder compete by path.";
        }
        if (within(theirs, mine)) {
            return "its folder is closer to a session started in `" + shownDir(theirs)
                    + "` or below, so there it replaces this one; elsewhere it is not read.";
        }
        if (within(mine, theirs)) {
            return "this folder is closer to a session started in `" + shownDir(mine)
                    + "` or below, so there this one replaces it; a session started elsewhere reads only that one.";
        }
        return "another part of the repository; a session reads at most one of the two folders.";
    }

    /** The folder a {@code .claude/agents} folder belongs to, "" for the root; null for another kind of folder. */
    private static String settingsDir(String folder) {
        if (folder.equals(".claude/agents")) {
            return "";
        }
        return folder.endsWith("/.claude/agents") ? folder.substring(0, folder.length() - "/.claude/agents".length()) : null;
    }

    private static boolean within(String dir, String ancestor) {
        return ancestor.isEmpty() || dir.equals(ancestor) || dir.startsWith(ancestor + "/");
    }

    private static String shownDir(String dir) {
        return dir.isEmpty() ? "." : dir + "/";
    }

    /** The agent as {@code agentctl inspect} shows it: a plugin's agents load, some as placeholders. */
    static String inspect(AgentDocument doc, AgentFile file) {
        boolean inPlugin = file != null && file.origin().inPlugin();
        StringBuilder s = new StringBuilder("```\n").append(doc.displayPath()).append(": ")
                .append(inPlugin ? dev.agentctl.model.LoadOutcome.LOADED.jsonName() : doc.outcome().jsonName());
        if (doc.reason() != null) {
            s.append(" (").append(doc.reason()).append(')');
        }
        AgentDefinition a = doc.definition();
        if (doc.loads() && a != null) {
            s.append("\n  name:        ").append(a.nameValue())
                    .append("\n  description: ").append(oneLine(a.descriptionValue()))
                    .append("\n  tools:       ").append(tools(a.tools()));
            if (a.disallowedTools() != null) {
                s.append("\n  disallowed:  ").append(tools(a.disallowedTools()));
            }
            s.append("\n  model:       ").append(a.model() == null ? "(inherits)" : a.model().value().value());
            optional(s, "color", a.color());
            optional(s, "permission:", a.permissionMode());
            optional(s, "effort", a.effort());
            optional(s, "maxTurns", a.maxTurns());
            optional(s, "memory", a.memory());
            optional(s, "isolation", a.isolation());
            optional(s, "background", a.background());
            s.append("\n  prompt:      ").append(a.systemPrompt().length()).append(" characters");
        }
        if (inPlugin) {
            PluginAgent p = PluginAgent.of(doc, file.origin().plugin(), file.origin().typePrefix(), file.path());
            s.append("\n  plugin:      ").append(file.origin().plugin()).append(", loaded as `").append(p.agentType())
                    .append('`').append(p.placeholder() ? " (a placeholder: \"" + p.description() + "\")" : "");
        }
        return s.append("\n```").toString();
    }

    private static void optional(StringBuilder s, String label, Located<?> value) {
        if (value != null) {
            String l = label.endsWith(":") ? label : label + ":";
            s.append("\n  ").append(l).append(" ".repeat(Math.max(1, 13 - l.length()))).append(value.value());
        }
    }

    private static String tools(ToolSpec spec) {
        return spec.allTools() ? "* (all tools)" : spec.entries().isEmpty() ? "(none)" : String.join(", ", spec.names());
    }

    private static String oneLine(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() > 100 ? flat.substring(0, 97) + "..." : flat;
    }
}
