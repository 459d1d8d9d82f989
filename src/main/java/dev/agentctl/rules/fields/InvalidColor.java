package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG023", name = "invalid-color", severity = Severity.WARNING,
        summary = "The `color` is not one Claude Code accepts",
        explanation = """
                Claude Code accepts exactly `red`, `blue`, `green`, `yellow`, `purple`, `orange`, `pink` and `cyan`, in \
                lower case. Anything else (`Blue`, `magenta`, `#2196F3`) is dropped without a word and the agent shows \
                in the default colour.""")
public final class InvalidColor implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode value = FieldValue.present(doc, "color");
        if (value != null && doc.definition().color() == null) {
            FieldValue.reportDropped(ctx, value, "color", ctx.vocabulary().colors());
        }
    }
}
