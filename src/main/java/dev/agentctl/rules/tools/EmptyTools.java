package dev.agentctl.rules.tools;

import dev.agentctl.diag.Severity;
import dev.agentctl.model.ToolSpec;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG015", name = "empty-tools", severity = Severity.WARNING,
        summary = "`tools` is present but grants no tools at all",
        explanation = """
                Without a `tools` key an agent gets every tool. With `tools:` and no value (or an empty string, an \
                empty list, or a value that is not a string) it gets none: not even `Read`. If that is what you mean, \
                write `tools: []` to say so; otherwise remove the key or list the tools.""")
public final class EmptyTools implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode.Entry entry = doc.root().get("tools");
        if (entry == null || doc.definition() == null) {
            return;
        }
        ToolSpec tools = doc.definition().tools();
        if (tools.allTools() || !tools.entries().isEmpty()) {
            return;
        }
        Object value = entry.value().plain();
        if (value instanceof java.util.List<?> list && list.isEmpty()) {
            return;
        }
        String what = value == null ? "has no value" : value instanceof String ? "is empty" : "is not a string or a list";
        ctx.report(entry.keyLocation(), "`tools` " + what + ", so this agent gets no tools at all; remove the key to "
                + "give it every tool, or list the tools (`tools: []` if none is meant)");
    }
}
