package dev.agentctl.rules.project;

import dev.agentctl.diag.Severity;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.ProjectContext;
import dev.agentctl.rules.ProjectRule;
import dev.agentctl.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@RuleInfo(id = "AG034", name = "description-token-budget", severity = Severity.WARNING,
        summary = "The agents' descriptions together exceed Claude Code's 15,000-token budget",
        explanation = """
                Every agent's `name: description` is sent with every request, whether the agent is used or not. \
                Claude Code's `/doctor` warns when they come to more than 15,000 tokens (characters / 4, rounded, per \
                agent). Shorten the longest descriptions: move examples into the system prompt, which is sent only \
                when the agent runs.""")
public final class DescriptionTokenBudget implements ProjectRule {

    @Override
    public void check(List<AgentSummary> agents, ProjectContext ctx) {
        List<AgentSummary> active = new ArrayList<>();
        for (List<AgentSummary> same : DuplicateName.byName(agents).values()) {
            active.add(DuplicateName.winner(same));
        }
        long total = 0;
        for (AgentSummary a : active) {
            total += tokens(a);
        }
        int limit = ctx.vocabulary().descriptionTokenLimit();
        if (total <= limit || active.isEmpty()) {
            return;
        }
        AgentSummary largest = active.stream()
                .max(Comparator.comparingLong(DescriptionTokenBudget::tokens).thenComparing(AgentSummary::file))
                .orElseThrow();
        ctx.report(largest.file(), largest.nameLocation(), String.format(java.util.Locale.ROOT,
                "the %d agents' descriptions come to about %,d tokens, over Claude Code's budget of %,d sent with "
                        + "every request; this one is the largest (%,d tokens)",
                active.size(), total, limit, tokens(largest)));
    }

    /** Claude Code's estimate: {@code Math.round(("name: description").length / 4)}. */
    static long tokens(AgentSummary a) {
        return Math.round((a.name().length() + 2 + a.description().length()) / 4.0);
    }
}
