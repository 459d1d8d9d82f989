package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.schema.FieldCatalog;

@RuleInfo(id = "AG027", name = "invalid-isolation", severity = Severity.WARNING, field = "isolation",
        summary = "The `isolation` is not one Claude Code accepts")
public final class InvalidIsolation implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        FieldValue.reportDropped(doc, ctx, FieldCatalog.ISOLATION);
    }
}
