package dev.agentctl.rules.fields;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.parse.YamlNode;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.rules.Suggestions;

@RuleInfo(id = "AG042", name = "unknown-hook-event", severity = Severity.WARNING,
        summary = "An event under `hooks:` is not one Claude Code knows, so its hooks never run",
        explanation = """
                Hook event names are case-sensitive (`PreToolUse`, `Stop`, `SubagentStop`, …). Claude Code drops an \
                event it does not know with a warning in its debug log and loads the agent without those hooks: the \
                agent looks guarded or automated, and nothing runs. agentctl suggests the event you most likely mean.""")
public final class UnknownHookEvent implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        YamlNode.Entry hooks = doc.root().get("hooks");
        if (hooks == null || !(hooks.value() instanceof YamlNode.Mapping events)) {
            return;
        }
        for (YamlNode.Entry event : events.entries()) {
            if (ctx.vocabulary().hookEvents().contains(event.key()) || events.get(event.key()) != event
                    || doc.hasProblem(LoadProblem.INVALID_HOOKS) && doc.reasonLocation().equals(event.value().location())) {
                continue;
            }
            String suggestion = Suggestions.closest(event.key(), ctx.vocabulary().hookEvents());
            ctx.report(event.keyLocation(), Suggestions.code(event.key()) + " is not a Claude Code hook event, so these "
                    + "hooks never run" + (suggestion == null ? "" : " (did you mean `" + suggestion + "`?)"));
        }
    }
}
