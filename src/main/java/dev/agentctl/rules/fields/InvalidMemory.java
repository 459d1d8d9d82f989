package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG026", name = "invalid-memory", severity = Severity.WARNING,
        summary = "The `memory` scope is not one Claude Code accepts",
        explanation = """
                Claude Code accepts `user`, `project` and `local` as the agent's memory scope. It warns about \
                anything else and runs the agent without memory.""")
public final class InvalidMemory implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode value = FieldValue.present(doc, "memory");
        if (value != null && doc.definition().memory() == null) {
            FieldValue.reportDropped(ctx, value, "memory", ctx.vocabulary().memoryScopes());
        }
    }
}
