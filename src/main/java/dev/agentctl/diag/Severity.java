package dev.agentctl.diag;

import java.util.Locale;

/** How serious a finding is. Errors mean Claude Code will not load the agent; info never fails a build. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
