package dev.agentctl.rules.yaml;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.ParsedFrontmatter;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG013", name = "repaired-flow-list", severity = Severity.WARNING,
        summary = "A `[...]` list sits in a frontmatter that needs the repair, which older Claude Code versions garble",
        explanation = """
                Claude Code 2.1.332 leaves a `tools: [Read, Grep]` line alone when it repairs a frontmatter, but older \
                versions quoted it into the single string `"[Read, Grep]"`, so the agent got no usable tools there. \
                The list itself is fine: fix the values that need the repair (AG012) and no version repairs anything.""")
public final class RepairedFlowList implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        ParsedFrontmatter fm = doc.frontmatter();
        if (fm == null || fm.stage() != ParsedFrontmatter.Stage.REPAIRED) {
            return;
        }
        String text = doc.source().text();
        for (YamlNode.Entry entry : fm.root().entries()) {
            int start = entry.value().location().startOffset();
            if (entry.value() instanceof YamlNode.Sequence && start < text.length() && text.charAt(start) == '[') {
                ctx.report(entry.value().location(), "older Claude Code versions read `" + entry.key()
                        + "` as one string here, because the frontmatter needs the quote repair");
            }
        }
    }
}
