package dev.agentctl.parse;

import dev.agentctl.model.Origin;
import java.nio.file.Path;

/**
 * A file to read, as discovery found it.
 *
 * @param displayPath how reports name it: relative to the working directory where possible, with {@code /}
 * @param sortKey     the absolute path Claude Code sorts by when two agents share a name (the last one wins)
 * @param explicit    named on the command line rather than found in a directory
 * @param origin      its scope, folder and plugin in the project model
 */
public record AgentFile(Path path, String displayPath, String sortKey, boolean explicit, Origin origin) {

    public AgentFile(Path path, String displayPath, String sortKey, boolean explicit) {
        this(path, displayPath, sortKey, explicit, Origin.named(""));
    }

    public AgentFile withOrigin(Origin o) {
        return new AgentFile(path, displayPath, sortKey, explicit, o);
    }
}
