package dev.agentctl.rules.project;

import dev.agentctl.diag.Severity;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.ProjectContext;
import dev.agentctl.rules.ProjectRule;
import dev.agentctl.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RuleInfo(id = "AG033", name = "duplicate-name", severity = Severity.WARNING,
        summary = "Several files define an agent with the same `name`, and Claude Code keeps only one",
        explanation = """
                Claude Code identifies agents by `name`, not by file. When several files in one agents directory share \
                a name, it sorts their paths and keeps the last one; the others are dropped, logged only in debug \
                output. agentctl names the file that wins. Rename the variants, or merge them with `agentctl merge`. \
                Only files of one folder compete: agents of different scopes or folders follow Claude Code's precedence \
                (see `agentctl agents`), and a plugin's agents are registered as `plugin:name`, so they never clash with \
                a project's. Inside one plugin Claude Code keeps the file it reads last in directory order, which \
                cannot be predicted, so agentctl reports every file of the clash.""")
public final class DuplicateName implements ProjectRule {

    @Override
    public void check(List<AgentSummary> agents, ProjectContext ctx) {
        for (List<AgentSummary> same : byName(agents).values()) {
            if (same.size() < 2) {
                continue;
            }
            if (same.get(0).origin().inPlugin()) {
                for (AgentSummary a : same) {
                    ctx.report(a.file(), a.nameLocation(), same.size() + " files of plugin `" + a.origin().plugin()
                            + "` give the agent `" + a.name() + "`; Claude Code keeps the one it reads last in directory "
                            + "order, which cannot be predicted");
                }
                continue;
            }
            AgentSummary winner = winner(same);
            for (AgentSummary loser : same) {
                if (loser != winner) {
                    ctx.report(loser.file(), loser.nameLocation(), same.size() + " files define the agent `"
                            + loser.name() + "`; Claude Code keeps only `" + winner.file()
                            + "` (the last path in sorted order) and ignores this one");
                }
            }
        }
    }

    static Map<String, List<AgentSummary>> byName(List<AgentSummary> agents) {
        Map<String, List<AgentSummary>> byName = new TreeMap<>();
        for (AgentSummary a : agents) {
            // Only files of one folder compete; the key sorts by name first so that reports stay in name order.
            byName.computeIfAbsent(a.name() + "\u0000" + a.origin().folder(), k -> new ArrayList<>()).add(a);
        }
        return byName;
    }

    /** The agent Claude Code keeps of several with one name: the lexicographically last path. */
    public static AgentSummary winner(List<AgentSummary> same) {
        AgentSummary best = same.get(0);
        for (AgentSummary a : same) {
            if (a.sortKey().compareTo(best.sortKey()) > 0) {
                best = a;
            }
        }
        return best;
    }
}
