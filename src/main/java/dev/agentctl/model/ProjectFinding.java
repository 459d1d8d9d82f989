package dev.agentctl.model;

/**
 * A problem the project model finds outside agent files (a plugin manifest, say), reported by the rule of its kind.
 *
 * @param file the file it is in, as reports name it
 */
public record ProjectFinding(Kind kind, String file, Location location, String message) {

    public enum Kind {
        /** A plugin or marketplace manifest Claude Code cannot use as written. */
        PLUGIN_MANIFEST
    }
}
