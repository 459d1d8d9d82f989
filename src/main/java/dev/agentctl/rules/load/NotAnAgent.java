package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG035", name = "not-an-agent", severity = Severity.INFO,
        summary = "A markdown file without frontmatter is not an agent",
        explanation = """
                Claude Code reads every `.md` file in an agents directory, and ignores one without frontmatter. That is \
                right for a README, so this is only information: agentctl says which files it did not treat as agents \
                rather than skipping them silently. Move such files out of the agents directory to silence it. The same line \
                marks a file in a folder named on the command line that is plainly something else: a skill's `SKILL.md`, \
                or a file under `commands/` or `skills/`.""")
public final class NotAnAgent implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (ctx.origin().lookalike() != null) {
            ctx.report(dev.agentctl.model.Location.FILE_START, "not an agent: this looks like " + ctx.origin().lookalike()
                    + ", which Claude Code does not read as an agent; checked only because it is in a folder named on the command line");
            return;
        }
        if (doc.hasProblem(LoadProblem.NO_FRONTMATTER) && !AgentShape.looksLikeAgent(doc.source().text())) {
            ctx.report(doc.reasonLocation(), "not an agent: there is no frontmatter, so Claude Code ignores this file");
        }
    }
}
