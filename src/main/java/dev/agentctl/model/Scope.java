package dev.agentctl.model;

/**
 * Where Claude Code reads an agent from, in its order of precedence: a later scope's agent replaces an earlier
 * one's of the same agent type. {@link #PATH} is a file or folder the user named, read as an agents folder.
 */
public enum Scope {
    BUILT_IN("built-in"),
    PLUGIN("plugin"),
    USER("user"),
    PROJECT("project"),
    FLAG("--agents"),
    MANAGED("managed"),
    PATH("path");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
