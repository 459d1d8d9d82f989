package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG008", name = "hook-event-at-top-level", severity = Severity.ERROR,
        summary = "A hook event is written at the top level of the frontmatter instead of under `hooks:`",
        explanation = """
                Agent hooks belong under `hooks:` (`hooks: {PreToolUse: [...]}`). Claude Code refuses an agent whose \
                frontmatter holds `PreToolUse` or `PermissionRequest` hooks outside `hooks:`, at the top level or \
                inside another key, since those hooks may be what guards its permissions. Other events written at \
                the top level are ignored like any unknown key. Indent the event under `hooks:`.""")
public final class HookEventAtTopLevel implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.HOOK_EVENT_AT_TOP_LEVEL)) {
            ctx.report(doc.reasonLocation(), doc.reason() + "; Claude Code does not load this agent");
        }
    }
}
