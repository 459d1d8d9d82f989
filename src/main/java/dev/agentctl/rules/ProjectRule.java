package dev.agentctl.rules;

import java.util.List;

/** A rule that needs every file at once (two agents with one name); it sees summaries, never whole files. */
public non-sealed interface ProjectRule extends Rule {

    void check(List<AgentSummary> agents, ProjectContext context);
}
