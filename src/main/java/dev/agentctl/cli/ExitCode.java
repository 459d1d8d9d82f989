package dev.agentctl.cli;

/** Exit codes as ruff and eslint use them. */
public final class ExitCode {
    /** No errors (warnings within the allowed number). */
    public static final int CLEAN = 0;
    /** Errors found, or more warnings than {@code --max-warnings}. */
    public static final int FINDINGS = 1;
    /** Wrong usage, unreadable input, bad configuration, or a bug in agentctl. */
    public static final int TROUBLE = 2;

    private ExitCode() {
    }
}
