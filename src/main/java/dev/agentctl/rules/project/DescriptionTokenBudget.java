package dev.agentctl.rules.project;

import dev.agentctl.diag.Severity;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.ProjectContext;
import dev.agentctl.rules.ProjectRule;
import dev.agentctl.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RuleInfo(id = "AG034", name = "description-token-budget", severity = Severity.WARNING,
        summary = "The agents' descriptions together exceed Claude Code's 15,000-token budget",
        explanation = """
                Every agent's `name: description` is sent with every request, whether the agent is used or not. \
                Claude Code's `/doctor` warns when they come to more than 15,000 tokens (characters / 4, rounded, per \
                agent). Shorten the longest descriptions: move examples into the system prompt, which is sent only \
                when the agent runs. Each plugin is counted with the agents outside plugins on its own: a repository \
                does not say which of a marketplace's plugins a user installs.""")
public final class DescriptionTokenBudget implements ProjectRule {

    @Override
    public void check(List<AgentSummary> agents, ProjectContext ctx) {
        // A session loads the project's and the user's agents together with the plugins the user installed. Which
        // plugins those are is not written in a repository (a marketplace offers many, a user picks a few), so each
        // plugin is counted with the rest on its own, never all of a marketplace at once.
        List<AgentSummary> shared = new ArrayList<>();
        Map<String, List<AgentSummary>> byPluginRoot = new TreeMap<>();
        for (List<AgentSummary> same : DuplicateName.byName(agents).values()) {
            AgentSummary active = DuplicateName.winner(same);
            if (active.origin().inPlugin()) {
                byPluginRoot.computeIfAbsent(active.origin().folder(), p -> new ArrayList<>()).add(active);
            } else {
                shared.add(active);
            }
        }
        int limit = ctx.vocabulary().descriptionTokenLimit();
        if (total(shared) > limit || byPluginRoot.isEmpty()) {
            report(shared, shared, null, limit, ctx);
            return;
        }
        byPluginRoot.forEach((root, own) -> {
            List<AgentSummary> session = new ArrayList<>(shared);
            session.addAll(own);
            report(session, own, own.get(0).origin().plugin(), limit, ctx);
        });
    }

    /** Reports a session over the budget on the largest description among {@code candidates}. */
    private static void report(List<AgentSummary> session, List<AgentSummary> candidates, String plugin, int limit,
                               ProjectContext ctx) {
        long total = total(session);
        if (total <= limit || candidates.isEmpty()) {
            return;
        }
        AgentSummary largest = candidates.stream()
                .max(Comparator.comparingLong(DescriptionTokenBudget::tokens).thenComparing(AgentSummary::file))
                .orElseThrow();
        String with = plugin == null ? "" : String.format(java.util.Locale.ROOT,
                " (%d of them from the plugin `%s`, counted with the agents outside plugins)",
                candidates.size(), plugin);
        ctx.report(largest.file(), largest.nameLocation(), String.format(java.util.Locale.ROOT,
                "the %d agents' descriptions%s come to about %,d tokens, over Claude Code's budget of %,d sent with "
                        + "every request; this one is the largest (%,d tokens)",
                session.size(), with, total, limit, tokens(largest)));
    }

    private static long total(List<AgentSummary> agents) {
        long total = 0;
        for (AgentSummary a : agents) {
            total += tokens(a);
        }
        return total;
    }

    /** Claude Code's estimate: {@code Math.round(("name: description").length / 4)}. */
    static long tokens(AgentSummary a) {
        return Math.round((a.name().length() + 2 + a.description().length()) / 4.0);
    }
}
