package dev.agentctl.rules.tools;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.rules.Suggestions;
import dev.agentctl.schema.Vocabulary;
import java.util.LinkedHashSet;
import java.util.Set;

@RuleInfo(id = "AG018", name = "unknown-tool", severity = Severity.WARNING,
        summary = "A listed tool is not one Claude Code knows",
        explanation = """
                Tool names are case-sensitive (`read` is nothing; `Read` is the tool). An unknown name never stops the \
                agent from loading: Claude Code silently grants nothing for it. MCP tools are written \
                `mcp__server__tool`; `mcp__*` works only in `disallowedTools`. Tell agentctl about tools it cannot \
                know (your MCP servers, newer tools) with `--known-tool`.""")
public final class UnknownTool implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        Vocabulary v = ctx.vocabulary();
        for (ToolEntries t : ToolEntries.of(doc)) {
            if (t.isMcp()) {
                if (t.tool().equals("mcp__*") && t.field().equals("tools")) {
                    ctx.report(t.entry().location(), "`mcp__*` works only in `disallowedTools`; in `tools` it grants nothing");
                }
                continue;
            }
            if (isKnown(t.tool(), v)) {
                continue;
            }
            String suggestion = Suggestions.closest(t.tool(), candidates(v));
            ctx.report(t.entry().location(), Suggestions.code(t.tool()) + " is not a Claude Code tool, so listing it grants nothing"
                    + (suggestion == null ? "" : " (did you mean `" + suggestion + "`?)"));
        }
    }

    static boolean isKnown(String tool, Vocabulary v) {
        return v.tools().contains(tool) || v.legacyToolAliases().containsKey(tool) || v.removedTools().contains(tool)
                || v.internalTools().contains(tool) || v.neverGrantedToSubagents().contains(tool);
    }

    private static Set<String> candidates(Vocabulary v) {
        Set<String> all = new LinkedHashSet<>(v.tools());
        all.addAll(v.legacyToolAliases().keySet());
        return all;
    }
}
