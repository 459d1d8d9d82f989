package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG036", name = "wrong-encoding", severity = Severity.ERROR,
        summary = "The file is UTF-16 or UTF-32 text, which Claude Code cannot read as an agent",
        explanation = """
                Claude Code decodes every agent file as UTF-8. A file saved as UTF-16 or UTF-32 (some Windows editors \
                and PowerShell's `Out-File` do this) turns into replacement characters and NUL bytes, so Claude Code \
                finds no frontmatter and ignores the file without a word. agentctl recognises these files by their \
                byte order mark. Save the file as UTF-8.""")
public final class WrongEncoding implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.FOREIGN_ENCODING)) {
            ctx.report(doc.reasonLocation(), doc.reason() + ", so it ignores this file; save it as UTF-8");
        }
    }
}
