package dev.agentctl.lsp;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.rules.AgentSummary;
import dev.agentctl.rules.Suppressions;
import java.util.List;

/**
 * One version of one file, checked: what {@code validate} computes per file before the project rules.
 *
 * @param file     the agent file it is, with its place in the project; null for a file that is not an agent (then
 *                 it has no document and no findings of its own)
 * @param summary  null when Claude Code does not load the file as an agent
 */
record Analysis(AgentFile file, AgentDocument document, List<Diagnostic> diagnostics, Suppressions suppressions,
                AgentSummary summary) {

    static final Analysis NOT_AN_AGENT = new Analysis(null, null, List.of(), Suppressions.NONE, null);

    Analysis {
        diagnostics = List.copyOf(diagnostics);
    }
}
