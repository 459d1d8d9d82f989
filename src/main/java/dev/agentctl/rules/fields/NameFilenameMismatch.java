package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG032", name = "name-filename-mismatch", severity = Severity.INFO, enabledByDefault = false,
        summary = "The `name` differs from the file name",
        explanation = """
                Claude Code ignores the file name: the agent is called by its `name`. Many teams still keep the two \
                equal so that an agent is easy to find. Off by default; turn it on with `--enable AG032`.""")
public final class NameFilenameMismatch implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.definition() == null || doc.definition().name() == null) {
            return;
        }
        String file = doc.source().path().getFileName().toString();
        String stem = file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
        if (!stem.equals(doc.definition().nameValue())) {
            ctx.report(doc.definition().name().location(), "the agent is named `" + doc.definition().nameValue()
                    + "` but its file is `" + file + "`");
        }
    }
}
