package dev.agentctl.rules.yaml;

import dev.agentctl.diag.Fix;
import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.ParsedFrontmatter;
import dev.agentctl.parse.YamlFrontmatter;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG012", name = "repair-only-value", severity = Severity.WARNING, fixable = true,
        summary = "A frontmatter value loads only through Claude Code's quote repair",
        explanation = """
                The frontmatter is not valid YAML: an unquoted value holds `: ` or a YAML indicator (`#`, `*`, `[`, \
                `>`, …), or a line is indented with tabs. Claude Code quotes such values and loads the file anyway, \
                but every other YAML tool rejects it: GitHub's renderer, other agent runtimes, linters, and Claude Code \
                2.0.77 to 2.1.68, which lost such files. The fix writes the value as a quoted scalar that every YAML \
                parser reads as the same string Claude Code reads, and changes nothing else.""")
public final class RepairOnlyValue implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        ParsedFrontmatter fm = doc.frontmatter();
        if (fm == null || fm.stage() != ParsedFrontmatter.Stage.REPAIRED) {
            return;
        }
        for (ParsedFrontmatter.RepairedValue v : fm.rewritten()) {
            if (YamlFrontmatter.readsSameStrictly(v.key(), v.value())) {
                continue;
            }
            ctx.report(v.valueLocation(), "`" + v.key() + "` is not valid YAML unquoted ("
                    + why(v.value()) + "); only Claude Code's repair loads it, other YAML tools reject the file",
                    loadedAsItsKey(doc, v) ? quoting(doc.source().text(), v) : null);
        }
        String text = doc.source().text();
        for (int line = doc.source().lines().line(doc.block().yamlStart());
             line < doc.source().lines().line(doc.block().yamlEnd()); line++) {
            int start = doc.source().lines().lineStart(line);
            int tabs = 0;
            while (start + tabs < text.length() && text.charAt(start + tabs) == '\t') {
                tabs++;
            }
            if (tabs > 0) {
                ctx.report(doc.source().span(start, start + tabs), "indented with tabs, which YAML forbids; only "
                        + "Claude Code's repair (two spaces per tab) loads it",
                        Fix.replace("indent with spaces", start, start + tabs, "  ".repeat(tabs)));
            }
        }
    }

    /**
     * Whether the repaired line became what it looks like, a key with this value. It may not have: after an
     * unterminated quote (`a: "x`) the repair's own closing quote on a later line ends that string, and the line is
     * swallowed. Quoting it in the file would then change what the earlier quote runs to, so no fix is offered.
     */
    private static boolean loadedAsItsKey(AgentDocument doc, ParsedFrontmatter.RepairedValue v) {
        for (var e : doc.root().entries()) {
            var at = e.value().location();
            if (e.key().equals(v.key()) && at.startOffset() <= v.valueLocation().endOffset()
                    && v.valueLocation().startOffset() <= at.endOffset()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Quotes the value. The repair's pattern takes any JavaScript white space after the colon (a tab, a form feed,
     * a no-break space) and drops it; before a quoted value YAML takes only spaces, so any other gap becomes a space.
     */
    private static Fix quoting(String text, ParsedFrontmatter.RepairedValue v) {
        int valueStart = v.valueLocation().startOffset();
        int gapStart = valueStart;
        while (gapStart > 0 && text.charAt(gapStart - 1) != ':') {
            gapStart--;
        }
        boolean yamlGap = text.substring(gapStart, valueStart).chars().allMatch(c -> c == ' ');
        int start = yamlGap ? valueStart : gapStart;
        return Fix.replace("quote the value", start, v.valueLocation().endOffset(),
                (yamlGap ? "" : " ") + quoted(v.value()));
    }

    private static String why(String value) {
        if (value.contains(": ")) {
            return "it contains `: `";
        }
        for (char c : value.toCharArray()) {
            if ("{}[]*&#!|>%@`".indexOf(c) >= 0) {
                return "it contains `" + c + "`";
            }
        }
        return "it needs quotes";
    }

    /**
     * The value as a YAML scalar that reads back as exactly this string: single quotes where the value has no
     * {@code '} (nothing is escaped there), double quotes otherwise.
     */
    static String quoted(String value) {
        if (value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        if (value.indexOf('"') < 0) {
            return "\"" + value.replace("\\", "\\\\") + "\"";
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
