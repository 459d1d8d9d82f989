package dev.agentctl.rules;

/** A check with its metadata in a {@link RuleInfo} annotation; either a {@link FileRule} or a {@link ProjectRule}. */
public sealed interface Rule permits FileRule, ProjectRule {

    default RuleMeta meta() {
        return RuleMeta.of(getClass());
    }
}
