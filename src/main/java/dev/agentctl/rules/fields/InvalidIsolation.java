package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG027", name = "invalid-isolation", severity = Severity.WARNING,
        summary = "The `isolation` is not one Claude Code accepts",
        explanation = """
                Claude Code accepts `worktree` and `remote` (plugin agents: `worktree` only). It warns about \
                anything else and runs the agent without isolation.""")
public final class InvalidIsolation implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode value = FieldValue.present(doc, "isolation");
        if (value != null && doc.definition().isolation() == null) {
            FieldValue.reportDropped(ctx, value, "isolation", ctx.vocabulary().isolationValues());
        }
    }
}
