package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.parse.YamlNode;

@RuleInfo(id = "AG007", name = "missing-description", severity = Severity.ERROR,
        summary = "The agent has no usable `description`",
        explanation = """
                `description` is required and must be a non-empty string: Claude Code shows it to the model to decide \
                when to use the agent. Without it (or with a number, or `""`) the file is reported and not loaded. \
                `when-to-use` is not a substitute.""")
public final class MissingDescription implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (!doc.hasProblem(LoadProblem.MISSING_DESCRIPTION)) {
            return;
        }
        YamlNode.Entry entry = doc.root().get("description");
        String hint = hasWhenToUse(doc.root()) ? " (`when-to-use` does not replace it)" : "";
        if (entry == null) {
            ctx.report(doc.reasonLocation(), "there is no `description` field" + hint + "; Claude Code does not load this agent");
        } else {
            String what = entry.value().plain() instanceof String ? "is empty" : "is not a string";
            ctx.report(entry.value().location(), "`description` " + what + "; Claude Code does not load this agent");
        }
    }

    private static boolean hasWhenToUse(YamlNode.Mapping root) {
        return root.get("when-to-use") != null || root.get("when_to_use") != null || root.get("whenToUse") != null;
    }
}
