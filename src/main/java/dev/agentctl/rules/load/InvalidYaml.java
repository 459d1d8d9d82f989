package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG003", name = "invalid-yaml", severity = Severity.ERROR,
        summary = "The frontmatter is not YAML, even after Claude Code's quote repair",
        explanation = """
                When the frontmatter is not valid YAML, Claude Code quotes unquoted `key: value` lines that contain \
                YAML indicators and tries again. When that fails too, the frontmatter counts as empty and the agent \
                silently disappears. Typical causes: a description continued on an unindented line, or a multi-line \
                plain value whose continuation contains `: `. Write long values as a block scalar (`description: |`).""")
public final class InvalidYaml implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (!doc.hasProblem(LoadProblem.INVALID_YAML) || doc.frontmatter().blockedByCrlf()) {
            return;
        }
        ctx.report(doc.reasonLocation(), "the frontmatter is not valid YAML, even after Claude Code's repair ("
                + doc.frontmatter().repairError().message() + "); Claude Code ignores this file");
    }
}
