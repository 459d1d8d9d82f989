package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.model.Located;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.JsText;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG044", name = "blank-name-or-description", severity = Severity.WARNING,
        summary = "The `name` or `description` is only white space",
        explanation = """
                Claude Code refuses an empty `name` or `description`, but not one made of spaces, tabs or line \
                breaks: `name: "  "` loads an agent whose name no one can type, and a blank description gives Claude \
                no reason ever to pick the agent. Write a real name and say when the agent should be used.""")
public final class BlankNameOrDescription implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.definition() == null) {
            return;
        }
        report("name", doc.definition().name(), ctx);
        report("description", doc.definition().description(), ctx);
    }

    private static void report(String field, Located<String> value, RuleContext ctx) {
        if (value != null && !value.value().isEmpty() && JsText.trim(value.value()).isEmpty()) {
            ctx.report(value.location(), "`" + field + "` is only white space; Claude Code loads it as it is, so the "
                    + ("name".equals(field) ? "agent has a name no one can type" : "agent has no description to be chosen by"));
        }
    }
}
