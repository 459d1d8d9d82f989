package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG029", name = "invalid-background", severity = Severity.WARNING,
        summary = "The `background` is not `true` or `false`",
        explanation = """
                Claude Code accepts `true` and `false` (or those words quoted). YAML 1.2, which Claude Code reads, \
                has no `yes`/`no`/`on`/`off` booleans: `background: yes` is the string `yes`, ignored with a warning.""")
public final class InvalidBackground implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode value = FieldValue.present(doc, "background");
        if (value != null && !(Boolean.FALSE.equals(value.plain()) || "false".equals(value.plain())) && doc.definition().background() == null) {
            FieldValue.reportDropped(ctx, value, "background", java.util.List.of("true", "false"));
        }
    }
}
