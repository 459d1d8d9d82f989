package dev.agentctl.report;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Severity;
import dev.agentctl.rules.RuleMeta;
import java.util.List;

/**
 * What one run found, ready for any reporter: diagnostics in {@link Diagnostic#ORDER}, how many files were read,
 * and the rules that ran (SARIF lists them).
 */
public record Report(List<Diagnostic> diagnostics, int filesChecked, List<RuleMeta> rules, String toolVersion) {

    public Report {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        rules = List.copyOf(rules);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public long fixable() {
        return diagnostics.stream().filter(Diagnostic::fixable).count();
    }
}
