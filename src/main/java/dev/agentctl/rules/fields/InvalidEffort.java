package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG025", name = "invalid-effort", severity = Severity.WARNING,
        summary = "The `effort` is not one Claude Code accepts",
        explanation = """
                Claude Code accepts `low`, `medium`, `high`, `xhigh` and `max` in any case, or an integer. It warns \
                about anything else and drops the value.""")
public final class InvalidEffort implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode value = FieldValue.present(doc, "effort");
        if (value != null && doc.definition().effort() == null) {
            FieldValue.reportDropped(ctx, value, "effort", ctx.vocabulary().effortLevels());
        }
    }
}
