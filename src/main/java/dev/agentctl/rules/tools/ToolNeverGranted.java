package dev.agentctl.rules.tools;

import dev.agentctl.diag.Severity;
import dev.agentctl.model.Located;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG019", name = "tool-never-granted", severity = Severity.WARNING,
        summary = "A listed tool is one Claude Code never gives to a subagent",
        explanation = """
                Some tools belong to the main conversation only (`AskUserQuestion`, `EnterPlanMode`, …): Claude Code \
                removes them from every subagent, whatever its `tools` say. `ExitPlanMode` is granted only to agents \
                with `permissionMode: plan`. Listing them does nothing; design the agent to report back instead.""")
public final class ToolNeverGranted implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        for (ToolEntries t : ToolEntries.of(doc)) {
            if (!t.field().equals("tools") || !ctx.vocabulary().neverGrantedToSubagents().contains(t.tool())) {
                continue;
            }
            Located<String> mode = doc.definition().permissionMode();
            if (t.tool().equals("ExitPlanMode") && mode != null && mode.value().equals("plan")) {
                continue;
            }
            ctx.report(t.entry().location(), "Claude Code never gives `" + t.tool() + "` to a subagent; listing it does nothing");
        }
    }
}
