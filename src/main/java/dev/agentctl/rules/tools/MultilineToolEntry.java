package dev.agentctl.rules.tools;

import dev.agentctl.diag.Severity;
import dev.agentctl.model.Located;
import dev.agentctl.model.ToolSpec;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.rules.Suggestions;
import java.util.List;

@RuleInfo(id = "AG043", name = "multiline-tool-entry", severity = Severity.WARNING,
        summary = "Tools written one per line in a block scalar are read as one entry",
        explanation = """
                Claude Code splits `tools`, `disallowedTools` and `skills` on commas and spaces only. In a literal block \
                (`tools: |` with `Read` and `Grep` on their own lines) the line breaks stay inside the value, so Claude \
                Code reads one tool named `Read` + line break + `Grep` and grants neither. Write the entries on one \
                line (`tools: Read, Grep`) or as a YAML list, one `- Read` per line.""")
public final class MultilineToolEntry implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.definition() == null) {
            return;
        }
        check("tools", entries(doc.definition().tools()), ctx);
        check("disallowedTools", entries(doc.definition().disallowedTools()), ctx);
        check("skills", doc.definition().skills(), ctx);
    }

    private static List<Located<String>> entries(ToolSpec spec) {
        return spec == null ? List.of() : spec.entries();
    }

    private static void check(String field, List<Located<String>> entries, RuleContext ctx) {
        for (Located<String> entry : entries) {
            String value = entry.value();
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
                String parts = String.join(", ", value.split("[\\s,]+"));
                ctx.report(entry.location(), "Claude Code reads " + Suggestions.code(value) + " as one `" + field
                        + "` entry, since it splits only on commas and spaces; write `" + field + ": " + parts + "`");
            }
        }
    }
}
