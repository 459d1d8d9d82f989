package dev.agentctl.model;

/**
 * Where an agent file sits in the project as Claude Code sees it.
 *
 * @param scope      the scope Claude Code reads it in
 * @param folder     the folder whose files compete for one agent type (an agents folder, or a plugin's root);
 *                   two files in different folders never clash by name
 * @param plugin     the plugin's name, or null outside plugins
 * @param typePrefix what Claude Code puts before the agent's name to register it ({@code p:sub:}), empty outside
 *                   plugins
 * @param lookalike  what the file plainly is instead of an agent (a skill, a slash command), or null
 */
public record Origin(Scope scope, String folder, String plugin, String typePrefix, String lookalike) {

    /** A file named on the command line or found in a folder the user named. */
    public static Origin named(String folder) {
        return new Origin(Scope.PATH, folder, null, "", null);
    }

    public boolean inPlugin() {
        return plugin != null;
    }

    public Origin withLookalike(String what) {
        return new Origin(scope, folder, plugin, typePrefix, what);
    }
}
