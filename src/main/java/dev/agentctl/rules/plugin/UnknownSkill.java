package dev.agentctl.rules.plugin;

import dev.agentctl.diag.Severity;
import dev.agentctl.model.Located;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.ProjectContext;
import dev.agentctl.rules.ProjectRule;
import dev.agentctl.rules.RuleInfo;
import java.util.List;

@RuleInfo(id = "AG041", name = "unknown-skill", severity = Severity.WARNING,
        summary = "An agent's `skills` entry names no skill of the project or its plugins",
        explanation = """
                `skills:` preloads skills into the agent's context. A name that matches no skill folder \
                (`.claude/skills/<name>/SKILL.md`, or a plugin's `skills/<name>/SKILL.md`, also as `plugin:name`) \
                preloads nothing. agentctl checks this only when it reads a whole repository, where it can see every \
                skill; the user's own skills (`~/.claude/skills`) count when `--user` is given.""")
public final class UnknownSkill implements ProjectRule {

    @Override
    public void check(List<AgentSummary> agents, ProjectContext ctx) {
        if (!ctx.facts().skillsKnown()) {
            return;
        }
        for (AgentSummary a : agents) {
            for (Located<String> skill : a.skills()) {
                String name = skill.value();
                String bare = name.contains(":") ? name.substring(name.lastIndexOf(':') + 1) : name;
                if (!ctx.facts().skills().contains(name) && !ctx.facts().skills().contains(bare)) {
                    ctx.report(a.file(), skill.location(), "no skill named `" + name + "` in the project or its plugins, "
                            + "so this entry preloads nothing");
                }
            }
        }
    }
}
