package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG002", name = "unterminated-frontmatter", severity = Severity.ERROR,
        summary = "The frontmatter is opened with `---` but never closed",
        explanation = """
                Claude Code needs a line `---` to open the frontmatter and another `---` to close it. Without the \
                closing one (or when the opening line holds more than `---`) there is no frontmatter and the file is \
                ignored without a word. Add the closing `---` after the last field.""")
public final class UnterminatedFrontmatter implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (!doc.hasProblem(LoadProblem.UNTERMINATED_FRONTMATTER)) {
            return;
        }
        String firstLine = doc.source().lineText(1);
        if (!firstLine.strip().equals("---")) {
            ctx.report(doc.source().lineSpan(1), "the opening line must be `---` alone, not " + code(firstLine)
                    + "; Claude Code finds no frontmatter and ignores the file");
        } else {
            ctx.report(doc.source().lineSpan(1),
                    "the frontmatter opened here is never closed with `---`; Claude Code ignores the file");
        }
    }

    private static String code(String s) {
        return dev.agentctl.rules.Suggestions.code(s);
    }
}
