package dev.agentctl.rules.tools;

import dev.agentctl.diag.Fix;
import dev.agentctl.diag.Severity;
import dev.agentctl.model.Location;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@RuleInfo(id = "AG020", name = "duplicate-tool", severity = Severity.WARNING, fixable = true,
        summary = "A tool is listed twice",
        explanation = """
                Listing a tool twice changes nothing for Claude Code, but it often hides a mistake (a copy-paste, a \
                merge of two lists). The fix removes the later entry together with the separator before it.""")
public final class DuplicateTool implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        List<ToolEntries> entries = ToolEntries.of(doc);
        Map<String, Location> first = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ToolEntries t = entries.get(i);
            Location seen = first.putIfAbsent(t.field() + "\u0000" + t.entry().value(), t.entry().location());
            if (seen == null) {
                continue;
            }
            ctx.report(t.entry().location(), "`" + t.entry().value() + "` is already listed in `" + t.field()
                    + "` on line " + seen.line(), removal(doc, entries.get(i - 1), t));
        }
    }

    /** Deletes from the end of the previous entry to the end of this one: its separator goes with it. */
    private static Fix removal(AgentDocument doc, ToolEntries previous, ToolEntries duplicate) {
        if (!previous.field().equals(duplicate.field())) {
            return null;
        }
        String text = doc.source().text();
        int start = previous.entry().location().endOffset();
        int end = duplicate.entry().location().endOffset();
        int tokenStart = duplicate.entry().location().startOffset();
        if (!text.startsWith(duplicate.entry().value(), tokenStart) || start >= end) {
            return null;
        }
        // A quoted list item: take its closing quote too, and leave the previous item's closing quote alone.
        if (tokenStart > 0 && end < text.length() && isQuote(text.charAt(tokenStart - 1))
                && text.charAt(end) == text.charAt(tokenStart - 1)) {
            end++;
            if (isQuote(text.charAt(start))) {
                start++;
            }
        }
        return Fix.replace("remove the repeated `" + duplicate.entry().value() + "`", start, end, "");
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
