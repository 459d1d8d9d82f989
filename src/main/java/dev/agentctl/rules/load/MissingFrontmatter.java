package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.JsText;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG001", name = "missing-frontmatter", severity = Severity.ERROR,
        summary = "A file that looks like an agent has no frontmatter Claude Code can find",
        explanation = """
                Claude Code reads an agent's frontmatter only when the file starts with `---` on its very first line. \
                A blank line, a heading or a comment before it, or `name:`/`description:` lines without the `---` \
                fences, and Claude Code ignores the file without a word. Move the `---` block to the top of the file.""")
public final class MissingFrontmatter implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (!doc.hasProblem(LoadProblem.NO_FRONTMATTER) || !AgentShape.looksLikeAgent(doc.source().text())) {
            return;
        }
        String text = doc.source().text();
        int firstContent = JsText.skipSpace(text, 0);
        if (text.startsWith("---", firstContent)) {
            ctx.report(doc.source().span(firstContent, firstContent + 3),
                    "the frontmatter must start on line 1; with anything before this `---`, Claude Code ignores the file");
        } else {
            ctx.report(doc.source().lineSpan(1),
                    "this file has agent fields but no `---` frontmatter block at the top; Claude Code ignores it");
        }
    }
}
