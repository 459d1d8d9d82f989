package dev.agentctl.rules;

import dev.agentctl.model.Located;
import dev.agentctl.model.Location;
import dev.agentctl.model.Origin;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.PluginAgent;
import java.util.List;

/**
 * What cross-file rules need to know of one agent, kept instead of the whole document so that memory stays small.
 *
 * @param sortKey the absolute path, which decides which of two same-named agents Claude Code keeps
 * @param name    the agent type Claude Code registers it under ({@code p:sub:name} in a plugin)
 * @param origin  where it sits in the project: agents clash only within one folder or plugin
 * @param skills  its {@code skills:} entries
 */
public record AgentSummary(String file, String sortKey, String name, Location nameLocation, String description,
                           Origin origin, List<Located<String>> skills) {

    public AgentSummary(String file, String sortKey, String name, Location nameLocation, String description) {
        this(file, sortKey, name, nameLocation, description, Origin.named(""), List.of());
    }

    /** A summary of a file that Claude Code loads, or null for one it does not. */
    public static AgentSummary of(AgentDocument document, String sortKey) {
        return of(document, sortKey, Origin.named(""));
    }

    /** The same, for a file with a place in the project: a plugin's agents load even where others would not. */
    public static AgentSummary of(AgentDocument document, String sortKey, Origin origin) {
        var agent = document.definition();
        if (origin.inPlugin()) {
            PluginAgent p = PluginAgent.of(document, origin.plugin(), origin.typePrefix(), document.source().path());
            Location at = agent != null && agent.name() != null ? agent.name().location() : Location.FILE_START;
            return new AgentSummary(document.displayPath(), sortKey, p.agentType(), at, p.description(), origin,
                    agent == null ? List.of() : agent.skills());
        }
        if (!document.loads()) {
            return null;
        }
        return new AgentSummary(document.displayPath(), sortKey, agent.nameValue(), agent.name().location(),
                agent.descriptionValue(), origin, agent.skills());
    }
}
