package dev.agentctl.rules.yaml;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.FrontmatterBlock;
import dev.agentctl.parse.JsText;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.rules.Suggestions;

@RuleInfo(id = "AG014", name = "triple-dash-in-value", severity = Severity.WARNING,
        summary = "A `---` inside a value ends the frontmatter early",
        explanation = """
                Claude Code ends the frontmatter at the first `---` anywhere after the opening line, even in the middle \
                of a value. `description: Use this --- carefully` gives the description `Use this`; everything after \
                the `---` (`carefully`, and the fields below it) becomes part of the system prompt. Write a dash or \
                an em dash instead, or quote nothing: no quoting protects a `---`.""")
public final class TripleDashInValue implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        FrontmatterBlock block = doc.block();
        if (block == null) {
            return;
        }
        String text = doc.source().text();
        int close = block.yamlEnd();
        boolean textBefore = block.closesMidLine(text);
        int after = close + 3;
        boolean textAfter = after < text.length() && text.charAt(after) != '\n' && text.charAt(after) != '\r'
                && !JsText.trim(lineRest(text, after)).isEmpty();
        if (!textBefore && !textAfter) {
            return;
        }
        String rest = JsText.trim(lineRest(text, block.bodyStart()));
        ctx.report(doc.source().span(close, after), "this `---` ends the frontmatter in the middle of a line; "
                + "Claude Code reads the text after it" + (rest.isEmpty() ? "" : " (" + Suggestions.code(rest) + ")")
                + " as the start of the system prompt");
    }

    private static String lineRest(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(Math.min(from, end), end);
    }
}
