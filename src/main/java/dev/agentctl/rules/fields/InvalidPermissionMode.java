package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG024", name = "invalid-permission-mode", severity = Severity.WARNING,
        summary = "The `permissionMode` is not one Claude Code accepts",
        explanation = """
                Claude Code accepts `default`, `acceptEdits`, `auto`, `dontAsk`, `bypassPermissions` and `plan` \
                (and `manual` for `default`). It warns about anything else and runs the agent with the session's mode.""")
public final class InvalidPermissionMode implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode value = FieldValue.present(doc, "permissionMode");
        if (value != null && doc.definition().permissionMode() == null) {
            FieldValue.reportDropped(ctx, value, "permissionMode", ctx.vocabulary().permissionModes());
        }
    }
}
