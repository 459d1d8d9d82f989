package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.schema.FieldCatalog;

@RuleInfo(id = "AG025", name = "invalid-effort", severity = Severity.WARNING, field = "effort",
        summary = "The `effort` is not one Claude Code accepts")
public final class InvalidEffort implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        FieldValue.reportDropped(doc, ctx, FieldCatalog.EFFORT);
    }
}
