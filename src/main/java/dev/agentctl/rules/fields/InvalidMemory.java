package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.schema.FieldCatalog;

@RuleInfo(id = "AG026", name = "invalid-memory", severity = Severity.WARNING, field = "memory",
        summary = "The `memory` scope is not one Claude Code accepts")
public final class InvalidMemory implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        FieldValue.reportDropped(doc, ctx, FieldCatalog.MEMORY);
    }
}
