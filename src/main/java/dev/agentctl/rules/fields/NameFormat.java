package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import java.util.Locale;
import java.util.regex.Pattern;

@RuleInfo(id = "AG031", name = "name-format", severity = Severity.WARNING,
        summary = "The `name` is not in the documented lowercase-hyphen form",
        explanation = """
                Claude Code loads names with capitals, spaces or underscores, but documents names as lowercase \
                letters, digits and hyphens, and that is how users and other agents type them (`@code-reviewer`). \
                Other tools that read agent files are stricter.""")
public final class NameFormat implements FileRule {

    private static final Pattern DOCUMENTED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.definition() == null || doc.definition().name() == null || doc.hasProblem(LoadProblem.INVALID_NAME)
                || DOCUMENTED.matcher(doc.definition().nameValue()).matches()) {
            return;
        }
        String name = doc.definition().nameValue();
        String suggestion = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        ctx.report(doc.definition().name().location(), "`" + name + "` is not lowercase letters, digits and hyphens"
                + (suggestion.isEmpty() ? "" : "; for example `" + suggestion + "`"));
    }
}
