package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.rules.Suggestions;
import dev.agentctl.schema.Vocabulary;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(id = "AG021", name = "unknown-key", severity = Severity.WARNING,
        summary = "A frontmatter key is one Claude Code does not recognise",
        explanation = """
                Claude Code ignores keys it does not know and logs `frontmatter key Claude Code does not recognize or \
                apply` with a suggestion. Keys are case-sensitive, so `Tools:` or `allowed-tools:` do nothing and the \
                agent gets every tool. agentctl suggests the key it most likely means, as Claude Code does.""")
public final class UnknownKey implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        Vocabulary v = ctx.vocabulary();
        Set<String> reported = new HashSet<>();
        for (YamlNode.Entry entry : doc.root().entries()) {
            String key = entry.key();
            if (v.recognizedKeys().contains(key) || !reported.add(key) || refusedAsGuard(doc, entry)) {
                continue;
            }
            if (v.hookEvents().contains(key)) {
                ctx.report(entry.keyLocation(), "Claude Code does not recognise or apply the key `" + key
                        + "`: hook events belong under `hooks:`, so this hook never runs");
                continue;
            }
            String suggestion = suggest(key, v);
            ctx.report(entry.keyLocation(), "Claude Code does not recognise or apply the key `" + key + "`"
                    + (suggestion == null ? "" : " (did you mean `" + suggestion + "`?)"));
        }
    }

    /** A key that keeps the agent from loading as a misplaced guard hook is reported by AG008 alone. */
    private static boolean refusedAsGuard(AgentDocument doc, YamlNode.Entry entry) {
        return doc.hasProblem(LoadProblem.HOOK_EVENT_AT_TOP_LEVEL) && doc.reasonLocation().equals(entry.keyLocation());
    }

    /** Claude Code's own suggestion: its table first, then a key equal but for case and separators, then two edits. */
    static String suggest(String key, Vocabulary v) {
        String normalized = Suggestions.normalize(key);
        if (v.didYouMeanTable().containsKey(normalized)) {
            return v.didYouMeanTable().get(normalized);
        }
        return Suggestions.closest(key, v.recognizedKeys());
    }
}
