package dev.agentctl.rules.tools;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG016", name = "removed-tool", severity = Severity.WARNING,
        summary = "A listed tool no longer exists in Claude Code",
        explanation = """
                Some tools were removed or merged into others (`MultiEdit` into `Edit`, `LS` into `Glob`, \
                `NotebookRead` into `Read`). Listing them grants nothing; the agent silently lacks what it was meant to \
                have. List the successor instead.""")
public final class RemovedTool implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        for (ToolEntries t : ToolEntries.of(doc)) {
            if (!ctx.vocabulary().removedTools().contains(t.tool())) {
                continue;
            }
            String successor = ctx.vocabulary().removedToolReplacements().get(t.tool());
            String instead = successor == null ? ""
                    : t.field().equals("tools") && hasTool(doc, successor) ? "; `" + successor + "`, already listed, replaces it"
                    : "; list `" + successor + "` instead";
            ctx.report(t.entry().location(), "`" + t.tool() + "` is no longer a Claude Code tool ("
                    + ctx.vocabulary().version() + "), so listing it grants nothing" + instead);
        }
    }

    private static boolean hasTool(AgentDocument doc, String tool) {
        return doc.definition().tools().names().contains(tool);
    }
}
