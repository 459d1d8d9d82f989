package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG006", name = "invalid-name", severity = Severity.ERROR,
        summary = "The `name` breaks Claude Code's name rules",
        explanation = """
                Claude Code rejects a name that starts with `-`, is longer than 256 characters, or contains `:` \
                (reserved for plugin namespacing, also after Unicode NFKC normalisation, so a full-width colon counts). \
                The file is reported and not loaded. Use lowercase letters, digits and hyphens.""")
public final class InvalidName implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.INVALID_NAME)) {
            ctx.report(doc.reasonLocation(), doc.reason() + "; Claude Code does not load this agent");
        }
    }
}
