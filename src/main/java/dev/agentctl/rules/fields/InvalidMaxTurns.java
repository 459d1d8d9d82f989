package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.schema.FieldCatalog;

@RuleInfo(id = "AG028", name = "invalid-max-turns", severity = Severity.WARNING, field = "maxTurns",
        summary = "The `maxTurns` is not a positive integer")
public final class InvalidMaxTurns implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        FieldValue.reportDropped(doc, ctx, FieldCatalog.MAX_TURNS);
    }
}
