package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG046", name = "bypass-permissions", severity = Severity.INFO,
        summary = "The agent runs with `permissionMode: bypassPermissions`",
        explanation = """
                With `bypassPermissions` the agent uses every tool it has without asking: edits, shell commands and \
                network calls go through unseen. That can be what a trusted automation needs, but it deserves a second \
                look in review, and a `tools` list kept as short as the job allows. Advisory only; it never fails a \
                build.""")
public final class BypassPermissions implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.definition() != null && doc.definition().permissionMode() != null
                && "bypassPermissions".equals(doc.definition().permissionMode().value())) {
            ctx.report(doc.definition().permissionMode().location(), "the agent runs every tool it has without asking "
                    + "for permission (`bypassPermissions`); make sure that is meant and keep its `tools` short");
        }
    }
}
