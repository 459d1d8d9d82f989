package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG010", name = "file-too-large", severity = Severity.ERROR,
        summary = "The file is larger than Claude Code's 1 MiB limit for agent files",
        explanation = """
                Claude Code skips agent files larger than 1,048,576 bytes, logging it only in debug output. agentctl \
                does not read such files either. Shorten the system prompt or move reference material elsewhere.""")
public final class FileTooLarge implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.TOO_LARGE)) {
            ctx.report(doc.reasonLocation(), doc.reason() + "; Claude Code skips it");
        }
    }
}
