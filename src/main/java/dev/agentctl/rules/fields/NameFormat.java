package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import java.util.Locale;

@RuleInfo(id = "AG031", name = "name-format", severity = Severity.WARNING,
        summary = "The `name` is not in the documented lowercase-hyphen form",
        explanation = """
                Claude Code loads names with capitals, spaces or underscores, but documents names as lowercase \
                letters, digits and hyphens, and that is how users and other agents type them (`@code-reviewer`). \
                Other tools that read agent files are stricter.""")
public final class NameFormat implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.definition() == null || doc.definition().name() == null || doc.hasProblem(LoadProblem.INVALID_NAME)
                || isDocumentedForm(doc.definition().nameValue())) {
            return;
        }
        String name = doc.definition().nameValue();
        String suggestion = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        ctx.report(doc.definition().name().location(), "`" + name + "` is not lowercase letters, digits and hyphens"
                + (suggestion.isEmpty() ? "" : "; for example `" + suggestion + "`"));
    }

    /**
     * {@code [a-z0-9]+(-[a-z0-9]+)*}: words of lowercase letters and digits joined by single hyphens. A loop, not a
     * regular expression, since every file's name goes through it.
     */
    static boolean isDocumentedForm(String name) {
        if (name.isEmpty() || name.charAt(0) == '-' || name.charAt(name.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordChar = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!wordChar && (c != '-' || name.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }
}
