package dev.agentctl.diag;

import dev.agentctl.model.Location;
import java.util.Comparator;

/**
 * One finding: which rule, how serious, what to tell the user, and where in which file.
 *
 * @param fix null when no safe fix exists
 */
public record Diagnostic(String ruleId, String ruleName, Severity severity, String message, String file,
                         Location location, Fix fix) {

    /** File, then position, then rule: the one order every report uses, so output never depends on scheduling. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    public boolean fixable() {
        return fix != null;
    }
}
