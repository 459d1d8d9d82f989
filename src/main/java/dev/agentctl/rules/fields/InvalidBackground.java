package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.schema.FieldCatalog;

@RuleInfo(id = "AG029", name = "invalid-background", severity = Severity.WARNING, field = "background",
        summary = "The `background` is not `true` or `false`")
public final class InvalidBackground implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        FieldValue.reportDropped(doc, ctx, FieldCatalog.BACKGROUND);
    }
}
