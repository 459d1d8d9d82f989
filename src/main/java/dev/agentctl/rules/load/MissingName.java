package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.Suggestions;

@RuleInfo(id = "AG005", name = "missing-name", severity = Severity.ERROR,
        summary = "The agent has no usable `name`",
        explanation = """
                `name` is required. When it is missing, empty or `false`, Claude Code ignores the file without a word; \
                when it is not a string (`name: 12345`, `name: true`), it reports the file and does not load it. Keys \
                are case-sensitive: `Name:` is not `name`. Write `name:` with a lowercase-hyphen string.""")
public final class MissingName implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.NAME_NOT_A_STRING)) {
            YamlNode value = doc.root().get("name").value();
            ctx.report(value.location(), "`name` must be a string, not " + Suggestions.code(String.valueOf(value.plain()))
                    + " (quote it); Claude Code reports this file and does not load it");
        } else if (doc.hasProblem(LoadProblem.MISSING_NAME)) {
            YamlNode.Entry entry = doc.root().get("name");
            String what = entry == null ? "there is no `name` field" : "`name` is empty";
            ctx.report(entry == null ? doc.source().lineSpan(1) : entry.keyLocation(),
                    what + "; Claude Code ignores this file without a word");
        }
    }
}
