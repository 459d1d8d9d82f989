package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG009", name = "invalid-hooks", severity = Severity.ERROR,
        summary = "A hook under `hooks:` does not have the shape Claude Code's settings schema demands",
        explanation = """
                `hooks:` maps event names to lists of matchers; each matcher has a `hooks` list of maps with a `type` \
                (`command`, `prompt`, `agent` or `http`) and the command, prompt or URL as a string. Claude Code refuses \
                the whole agent when `hooks` is a string, a list, a number or `true`, or a single matcher, and when a \
                hook that can guard permissions (`PreToolUse`, `PermissionRequest`, `PreSkillShellCommand`) breaks \
                that shape: a guard it cannot read may be what holds the agent in check. A broken hook of another \
                event is dropped with a warning and the agent loads.""")
public final class InvalidHooks implements FileRule {

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.INVALID_HOOKS)) {
            ctx.report(doc.reasonLocation(), doc.reason() + "; Claude Code does not load this agent");
        }
    }
}
