package dev.agentctl.model;

/** What Claude Code does with a file: loads it, ignores it without a word, or reports it and does not load it. */
public enum LoadOutcome {
    LOADED, SKIPPED, ERROR;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
