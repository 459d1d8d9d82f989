package dev.agentctl.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown pages of {@code docs/rules/}: one per rule and an index, written from the rules' metadata, the same
 * text {@code agentctl rules} and SARIF show. Committed to the repository; a test fails when they are stale.
 */
public final class RuleDocs {

    private RuleDocs() {
    }

    /** File name to content, the index ({@code README.md}) first. */
    public static Map<String, String> pages(List<RuleMeta> rules) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("README.md", index(rules));
        for (RuleMeta rule : rules) {
            pages.put(rule.id() + ".md", page(rule));
        }
        return pages;
    }

    static String page(RuleMeta m) {
        return "# " + m.id() + " " + m.name() + "\n\n"
                + m.summary() + ".\n\n"
                + "| | |\n|---|---|\n"
                + "| Severity | " + m.severity().label() + " |\n"
                + "| Enabled by default | " + (m.enabledByDefault() ? "yes" : "no") + " |\n"
                + "| Safe fix | " + (m.fixable() ? "yes (`agentctl fix`)" : "no") + " |\n\n"
                + "## Why\n\n" + m.explanation() + "\n\n"
                + "## Configure\n\n"
                + "In `.agentctl.yaml` (`off`, `error`, `warning` or `info`):\n\n"
                + "```yaml\nrules:\n  " + m.id() + ": " + (m.enabledByDefault() ? "off" : m.severity().label()) + "\n```\n\n"
                + "For one file, a comment line of its own in the frontmatter (or `<!-- agentctl-disable " + m.id()
                + " -->` in the body, where it becomes part of the system prompt):\n\n"
                + "```yaml\n# agentctl-disable " + m.id() + "\n```\n\n"
                + "On the command line: `agentctl validate --" + (m.enabledByDefault() ? "disable " : "enable ")
                + m.id() + " PATH`.\n";
    }

    static String index(List<RuleMeta> rules) {
        StringBuilder s = new StringBuilder("# agentctl rules\n\n"
                + "Generated from the rules' metadata (`mvn test -Dtest=RuleDocsTest -Dagentctl.docs.update=true`); "
                + "`agentctl rules RULE` prints the same text.\n\n"
                + "| id | name | severity | fix | summary |\n|---|---|---|---|---|\n");
        for (RuleMeta m : rules) {
            s.append("| [").append(m.id()).append("](").append(m.id()).append(".md) | `").append(m.name()).append("` | ")
                    .append(m.severity().label()).append(m.enabledByDefault() ? "" : " (off by default)").append(" | ")
                    .append(m.fixable() ? "yes" : "").append(" | ").append(m.summary().replace("|", "\\|")).append(" |\n");
        }
        return s.toString();
    }
}
