package dev.agentctl.rules.plugin;

import dev.agentctl.diag.Severity;
import dev.agentctl.model.ProjectFinding;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.ProjectContext;
import dev.agentctl.rules.ProjectRule;
import dev.agentctl.rules.RuleInfo;
import java.util.List;

@RuleInfo(id = "AG038", name = "plugin-manifest", severity = Severity.ERROR,
        summary = "A plugin or marketplace manifest keeps Claude Code from loading a plugin's agents",
        explanation = """
                Claude Code reads a plugin's agents only when its `.claude-plugin/plugin.json` is valid JSON with a \
                `name`. Its `agents` field, when present, replaces the `agents/` folder and may list only files: an \
                entry that does not end in `.md` (a folder, say) makes Claude Code reject the whole plugin, and a \
                listed file that does not exist is skipped. A marketplace's local `source` must be a plugin folder. \
                agentctl reports each of these on the manifest, at the value that causes it.""")
public final class PluginManifest implements ProjectRule {

    @Override
    public void check(List<AgentSummary> agents, ProjectContext ctx) {
        for (ProjectFinding f : ctx.facts().findings()) {
            if (f.kind() == ProjectFinding.Kind.PLUGIN_MANIFEST) {
                ctx.report(f.file(), f.location(), f.message());
            }
        }
    }
}
