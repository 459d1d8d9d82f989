package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG009", name = "invalid-hooks", severity = Severity.ERROR,
        summary = "A hook under `hooks:` does not have the shape Claude Code's settings schema demands",
        explanation = """
                Each hook event under `hooks:` takes a list of matchers; each matcher has a `hooks` list of maps with a \
                `type` (`command`, `prompt`, `agent` or `http`) and the command, prompt or URL as a string. Claude Code \
                refuses an agent whose known hook events break that shape. Keys Claude Code does not know as events \
                are ignored.""")
public final class InvalidHooks implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.INVALID_HOOKS)) {
            ctx.report(doc.reasonLocation(), doc.reason() + "; Claude Code does not load this agent");
        }
    }
}
