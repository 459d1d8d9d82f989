package dev.agentctl.lsp;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.Suppressions;
import java.util.List;

/**
 * One version of one file, checked: what {@code validate} computes per file before the project rules.
 *
 * @param summary null when Claude Code does not load the file
 */
record Analysis(AgentDocument document, List<Diagnostic> diagnostics, Suppressions suppressions, AgentSummary summary) {

    Analysis {
        diagnostics = List.copyOf(diagnostics);
    }
}
