package dev.agentctl.rules;

import dev.agentctl.model.ProjectFinding;
import java.util.List;
import java.util.Set;

/**
 * What the project model learnt besides the agent files: problems in plugin manifests, and the skills an agent's
 * {@code skills:} may name. {@link #NONE} when files are checked on their own.
 */
public record ProjectFacts(List<ProjectFinding> findings, Set<String> skills, boolean skillsKnown) {

    public static final ProjectFacts NONE = new ProjectFacts(List.of(), Set.of(), false);

    public ProjectFacts {
        findings = List.copyOf(findings);
        skills = Set.copyOf(skills);
    }
}
