package dev.agentctl.rules.tools;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import java.util.List;

@RuleInfo(id = "AG045", name = "tool-also-disallowed", severity = Severity.WARNING,
        summary = "A tool is listed in both `tools` and `disallowedTools`",
        explanation = """
                `disallowedTools` is removed from the tools the agent gets, and a disallowed entry removes the whole \
                tool, whatever is in its parentheses (`Bash(rm:*)` removes `Bash`). A tool listed in both is therefore \
                never granted: either the `tools` entry is dead text, or the `disallowedTools` entry takes away a tool \
                the author meant to give. Remove it from one of the two.""")
public final class ToolAlsoDisallowed implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        List<ToolEntries> entries = ToolEntries.of(doc);
        List<ToolEntries> disallowed = entries.stream().filter(t -> t.field().equals("disallowedTools")).toList();
        for (ToolEntries granted : entries) {
            if (!granted.field().equals("tools") || addedForMemory(doc, granted)) {
                continue;
            }
            String tool = canonical(granted.tool(), ctx);
            for (ToolEntries removed : disallowed) {
                if (removes(canonical(removed.tool(), ctx), tool)) {
                    ctx.report(granted.entry().location(), "`" + granted.entry().value() + "` is also disallowed (`"
                            + removed.entry().value() + "` on line " + removed.entry().location().line()
                            + "), so Claude Code never grants it");
                    break;
                }
            }
        }
    }

    /** A tool Claude Code adds for the agent's memory is not written in `tools`; nothing to remove there. */
    private static boolean addedForMemory(AgentDocument doc, ToolEntries entry) {
        var memory = doc.definition().memory();
        return memory != null && memory.location().equals(entry.entry().location());
    }

    private static String canonical(String tool, RuleContext ctx) {
        return ctx.vocabulary().legacyToolAliases().getOrDefault(tool, tool);
    }

    /** Whether a disallowed name removes a granted one: the same tool, or an MCP server-level entry over its tools. */
    private static boolean removes(String disallowed, String granted) {
        if (disallowed.equals(granted)) {
            return true;
        }
        if (!disallowed.startsWith("mcp__") || !granted.startsWith("mcp__")) {
            return false;
        }
        if (disallowed.equals("mcp__*")) {
            return true;
        }
        String server = disallowed.endsWith("__*") ? disallowed.substring(0, disallowed.length() - 3) : disallowed;
        return server.indexOf("__", 5) < 0 && (granted.equals(server) || granted.startsWith(server + "__"));
    }
}
