package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG028", name = "invalid-max-turns", severity = Severity.WARNING,
        summary = "The `maxTurns` is not a positive integer",
        explanation = """
                Claude Code accepts a positive integer (or a string that starts with one). It warns about anything \
                else and runs the agent without a turn limit.""")
public final class InvalidMaxTurns implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode value = FieldValue.present(doc, "maxTurns");
        if (value != null && doc.definition().maxTurns() == null) {
            FieldValue.reportDropped(ctx, value, "maxTurns", java.util.List.of("a positive integer"));
        }
    }
}
