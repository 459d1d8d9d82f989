package dev.agentctl.rules;

import dev.agentctl.parse.AgentDocument;

/** A rule that looks at one file at a time. Implementations are stateless and safe to call from many threads. */
public non-sealed interface FileRule extends Rule {

    void check(AgentDocument document, RuleContext context);
}
