package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG011", name = "unreadable-file", severity = Severity.ERROR,
        summary = "The file cannot be read",
        explanation = """
                agentctl could not read the file (permissions, a broken link, a directory named like an agent file, \
                or a file that disappeared while it was being read). Claude Code cannot load it either.""")
public final class UnreadableFile implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.UNREADABLE)) {
            ctx.report(doc.reasonLocation(), "this file " + doc.reason());
        }
    }
}
