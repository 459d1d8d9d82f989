package dev.agentctl.rules.tools;

import dev.agentctl.diag.Fix;
import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG017", name = "legacy-tool-alias", severity = Severity.INFO, fixable = true,
        summary = "A tool is listed under its old name",
        explanation = """
                Claude Code still accepts some old tool names and maps them to the current tool (`Task` is now \
                `Agent`, `KillShell` is `TaskStop`). They work today, but the current name is what the documentation \
                and other tools use. The fix writes the current name.""")
public final class LegacyToolAlias implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        for (ToolEntries t : ToolEntries.of(doc)) {
            String current = ctx.vocabulary().legacyToolAliases().get(t.tool());
            if (current == null) {
                continue;
            }
            int start = t.entry().location().startOffset();
            boolean spanIsTheName = doc.source().text().startsWith(t.tool(), start);
            ctx.report(t.entry().location(), "`" + t.tool() + "` is the old name of `" + current + "`",
                    spanIsTheName ? Fix.replace("rename to `" + current + "`", start, start + t.tool().length(), current)
                            : null);
        }
    }
}
