package dev.agentctl.rules.tools;

import dev.agentctl.model.AgentDefinition;
import dev.agentctl.model.Located;
import dev.agentctl.model.ToolSpec;
import dev.agentctl.parse.AgentDocument;
import java.util.ArrayList;
import java.util.List;

/** The tool entries of an agent's {@code tools} and {@code disallowedTools}, with the part before any {@code (...)}. */
record ToolEntries(String field, Located<String> entry, String tool) {

    static List<ToolEntries> of(AgentDocument doc) {
        List<ToolEntries> out = new ArrayList<>();
        AgentDefinition agent = doc.definition();
        if (agent == null) {
            return out;
        }
        add("tools", agent.tools(), out);
        add("disallowedTools", agent.disallowedTools(), out);
        return out;
    }

    private static void add(String field, ToolSpec spec, List<ToolEntries> out) {
        if (spec == null || spec.allTools()) {
            return;
        }
        for (Located<String> entry : spec.entries()) {
            String name = entry.value();
            int paren = name.indexOf('(');
            out.add(new ToolEntries(field, entry, paren > 0 ? name.substring(0, paren) : name));
        }
    }

    boolean isMcp() {
        return tool.startsWith("mcp__");
    }
}
