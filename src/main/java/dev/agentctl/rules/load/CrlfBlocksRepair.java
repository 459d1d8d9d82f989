package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.parse.ParsedFrontmatter;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG004", name = "crlf-blocks-repair", severity = Severity.ERROR,
        summary = "Windows line endings stop Claude Code's quote repair, so the agent disappears",
        explanation = """
                Claude Code repairs unquoted values such as `description: Use when: ...` before parsing, but its \
                pattern never matches a line that ends in CR LF. With Windows line endings the same file that loads on \
                LF is silently ignored. Quote the value (or use a block scalar), or save the file with LF line endings.""")
public final class CrlfBlocksRepair implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (!doc.hasProblem(LoadProblem.INVALID_YAML) || !doc.frontmatter().blockedByCrlf()) {
            return;
        }
        boolean reported = false;
        for (ParsedFrontmatter.RepairedValue v : doc.frontmatter().rewritten()) {
            reported = true;
            ctx.report(v.valueLocation(), "`" + v.key() + "` needs Claude Code's quote repair, which never runs on "
                    + "CRLF lines: Claude Code ignores this file. Quote the value or use LF line endings");
        }
        if (!reported) {
            ctx.report(doc.reasonLocation(), "the frontmatter loads only with LF line endings: Claude Code's quote "
                    + "repair never runs on CRLF lines, so it ignores this file");
        }
    }
}
