package dev.agentctl.rules.fields;

import dev.agentctl.diag.Fix;
import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import java.util.List;

@RuleInfo(id = "AG022", name = "duplicate-key", severity = Severity.WARNING, fixable = true,
        summary = "A frontmatter key is written more than once",
        explanation = """
                Claude Code accepts a key written twice and uses the last one; strict YAML parsers reject the file. \
                The earlier value is dead text that readers take for the real one. The fix deletes the earlier \
                occurrences, which changes nothing Claude Code loads.""")
public final class DuplicateKey implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        List<YamlNode.Entry> entries = doc.root().entries();
        for (int i = 0; i < entries.size(); i++) {
            YamlNode.Entry entry = entries.get(i);
            YamlNode.Entry last = doc.root().get(entry.key());
            if (last == entry) {
                continue;
            }
            ctx.report(entry.keyLocation(), "`" + entry.key() + "` is written again on line "
                    + last.keyLocation().line() + "; Claude Code uses the last one and ignores this one",
                    deletion(doc, entries, i));
        }
    }

    /**
     * Deletes the whole lines of an entry, up to the line where the next entry starts. Only when both keys open
     * their lines: YAML also breaks lines at a lone CR, so a key can start in the middle of a line, and deleting up to
     * that line would leave the rest of this entry's value behind, to join the entry above.
     */
    private static Fix deletion(AgentDocument doc, List<YamlNode.Entry> entries, int index) {
        var lines = doc.source().lines();
        int startLine = entries.get(index).keyLocation().line();
        boolean nextOpensItsLine = index + 1 >= entries.size() || entries.get(index + 1).keyLocation().column() == 1;
        if (entries.get(index).keyLocation().column() != 1 || !nextOpensItsLine) {
            return null;
        }
        int start = lines.lineStart(startLine);
        int end = index + 1 < entries.size()
                ? lines.lineStart(entries.get(index + 1).keyLocation().line())
                : lines.lineStart(lines.line(doc.block().yamlEnd()));
        return end > start ? Fix.replace("delete the earlier `" + entries.get(index).key() + "`", start, end, "") : null;
    }
}
