package dev.agentctl.rules;

import dev.agentctl.model.Location;
import dev.agentctl.parse.AgentDocument;

/**
 * What cross-file rules need to know of one agent, kept instead of the whole document so that memory stays small.
 *
 * @param sortKey the absolute path, which decides which of two same-named agents Claude Code keeps
 */
public record AgentSummary(String file, String sortKey, String name, Location nameLocation, String description) {

    /** A summary of a file that Claude Code loads, or null for one it does not. */
    public static AgentSummary of(AgentDocument document, String sortKey) {
        if (!document.loads()) {
            return null;
        }
        var agent = document.definition();
        return new AgentSummary(document.displayPath(), sortKey, agent.nameValue(), agent.name().location(),
                agent.descriptionValue());
    }
}
