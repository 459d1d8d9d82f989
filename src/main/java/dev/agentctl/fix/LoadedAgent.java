package dev.agentctl.fix;

import dev.agentctl.model.AgentDefinition;
import dev.agentctl.model.LoadOutcome;
import dev.agentctl.model.Located;
import dev.agentctl.model.ToolSpec;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.schema.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Everything Claude Code takes from one file, in a form two versions of the file can be compared by: whether it
 * loads (and why not), every frontmatter value as its JavaScript sees it, the typed agent, and the system prompt.
 * Tool lists are compared as what they grant: legacy aliases resolved ({@code Task} is {@code Agent}) and repeats
 * collapsed, since a fix that renames an alias or drops a repeated tool must count as changing nothing.
 */
public record LoadedAgent(LoadOutcome outcome, LoadProblem problem, Map<String, Object> frontmatter,
                          Object tools, Object disallowedTools, AgentDefinition definition, String systemPrompt) {

    public static LoadedAgent of(AgentDocument doc, Vocabulary vocabulary) {
        Map<String, Object> values = new LinkedHashMap<>(doc.root().plain() instanceof Map<?, ?> m ? cast(m) : Map.of());
        values.remove("tools");
        values.remove("disallowedTools");
        AgentDefinition agent = doc.definition();
        return new LoadedAgent(doc.outcome(), doc.problem(), values,
                agent == null ? null : granted(agent.tools(), vocabulary),
                agent == null ? null : granted(agent.disallowedTools(), vocabulary),
                agent == null ? null : withoutToolLists(agent),
                agent == null ? null : agent.systemPrompt());
    }

    /** The fields that differ from another version of the file, by name; empty when Claude Code loads the same. */
    public List<String> differences(LoadedAgent other) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("outcome", outcome == other.outcome && problem == other.problem);
        same.put("frontmatter", Objects.equals(frontmatter, other.frontmatter));
        same.put("tools", Objects.equals(tools, other.tools));
        same.put("disallowedTools", Objects.equals(disallowedTools, other.disallowedTools));
        same.put("agent", Objects.equals(definition, other.definition));
        same.put("system prompt", Objects.equals(systemPrompt, other.systemPrompt));
        return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** {@code "*"}, null (key absent) or the sorted set of granted entries. */
    private static Object granted(ToolSpec spec, Vocabulary vocabulary) {
        if (spec == null) {
            return null;
        }
        if (spec.allTools()) {
            return "*";
        }
        TreeSet<String> out = new TreeSet<>();
        for (Located<String> entry : spec.entries()) {
            String e = entry.value();
            int paren = e.indexOf('(');
            String tool = paren > 0 ? e.substring(0, paren) : e;
            out.add(vocabulary.legacyToolAliases().getOrDefault(tool, tool) + (paren > 0 ? e.substring(paren) : ""));
        }
        return out;
    }

    private static AgentDefinition withoutToolLists(AgentDefinition a) {
        return new AgentDefinition(a.name(), a.description(), ToolSpec.ALL, null, a.model(), a.color(),
                a.permissionMode(), a.maxTurns(), a.effort(), a.memory(), a.isolation(), a.background(), a.skills(),
                a.initialPrompt(), a.systemPrompt());
    }
}
