package dev.agentctl.rules.plugin;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import java.util.List;

@RuleInfo(id = "AG040", name = "plugin-ignored-key", severity = Severity.WARNING,
        summary = "A plugin agent sets a key Claude Code ignores for plugin agents",
        explanation = """
                For security, Claude Code does not let a plugin's agents set `permissionMode`, `hooks` or `mcpServers`: \
                it loads the agent and drops the key (with a warning in its debug log). `isolation` is kept only when it \
                is `worktree`; any other value is dropped without a word. Set these in the user's or project's settings \
                instead, or move the agent into `.claude/agents/`.""")
public final class PluginIgnoredKey implements FileRule {

    private static final List<String> IGNORED = List.of("permissionMode", "hooks", "mcpServers");

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (!ctx.origin().inPlugin()) {
            return;
        }
        YamlNode.Mapping root = doc.root();
        for (String key : IGNORED) {
            YamlNode.Entry e = root.get(key);
            if (e != null) {
                ctx.report(e.keyLocation(), "`" + key + "` is ignored for plugin agents: Claude Code loads `"
                        + ctx.origin().typePrefix() + "…` without it");
            }
        }
        YamlNode.Entry isolation = root.get("isolation");
        if (isolation != null && !"worktree".equals(isolation.value().plain())) {
            ctx.report(isolation.value().location(), "a plugin agent keeps `isolation` only when it is `worktree`; "
                    + "Claude Code drops this value without a word");
        }
    }
}
