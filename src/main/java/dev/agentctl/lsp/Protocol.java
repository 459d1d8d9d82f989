package dev.agentctl.lsp;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** The core's findings as LSP diagnostics. */
final class Protocol {

    static final String SOURCE = "agentctl";

    private Protocol() {
    }

    /** Severities as the SARIF report maps them: an info is a note, which LSP calls information. */
    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    static org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic d, TextPositions positions, RuleDocLinks docs) {
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic();
        out.setRange(positions.range(d.location().startOffset(), d.location().endOffset()));
        out.setSeverity(severity(d.severity()));
        out.setCode(d.ruleId());
        out.setSource(SOURCE);
        out.setMessage(d.message());
        String href = docs.href(d.ruleId());
        if (href != null) {
            out.setCodeDescription(new DiagnosticCodeDescription(href));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rule", d.ruleName());
        data.put("fixable", d.fixable());
        if (d.fixable()) {
            data.put("fix", d.fix().description());
        }
        out.setData(data);
        return out;
    }
}
