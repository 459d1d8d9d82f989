package dev.agentctl.rules.plugin;

import dev.agentctl.diag.Severity;
import dev.agentctl.model.Location;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.PluginAgent;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG039", name = "plugin-agent-placeholder", severity = Severity.WARNING,
        summary = "A plugin agent loads only as a placeholder, with a description Claude Code makes up",
        explanation = """
                Plugin agents are lenient: a file in a plugin's `agents/` folder without frontmatter, or whose \
                frontmatter is not YAML even after Claude Code's repair, still becomes an agent, named after the file \
                (`p:README` for a `README.md`), with the description `Agent from p plugin` and the whole file as its \
                prompt. Without `description` (or `when_to_use`) the same description is used. Claude Code picks agents \
                by their description, so such an agent is offered for nothing in particular. Move a README out of \
                `agents/`, or give the agent a frontmatter with a description.""")
public final class PluginAgentPlaceholder implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (!ctx.origin().inPlugin() || !PluginAgent.loads(doc)) {
            return; // a file the plugin does not load at all is no placeholder
        }
        PluginAgent agent = PluginAgent.of(doc, ctx.origin().plugin(), ctx.origin().typePrefix(), doc.source().path());
        if (agent.placeholder()) {
            String why = doc.frontmatter() == null ? "has no frontmatter" : "has a frontmatter that is not YAML even after Claude Code's repair";
            ctx.report(doc.frontmatter() == null ? Location.FILE_START : doc.reasonLocation(), "this file " + why
                    + ", so Claude Code loads it only as the placeholder agent `" + agent.agentType()
                    + "` with the description \"" + agent.description() + "\" and the whole file as its prompt");
        } else if (agent.placeholderDescription()) {
            ctx.report(Location.FILE_START, "no `description`, so Claude Code lists `" + agent.agentType()
                    + "` with the description \"" + agent.description() + "\", which tells it nothing about when to use it");
        }
    }
}
