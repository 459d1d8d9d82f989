package dev.agentctl.rules.load;

import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.rules.FileRule;
import dev.agentctl.rules.RuleContext;
import dev.agentctl.rules.RuleInfo;

@RuleInfo(id = "AG037", name = "garbled-text", severity = Severity.WARNING,
        summary = "The file has NUL bytes or bytes that are not valid UTF-8",
        explanation = """
                Claude Code reads agent files as UTF-8 text without checking them: a byte sequence that is not UTF-8 \
                becomes the replacement character U+FFFD, and a NUL byte is kept, in the name, description or system \
                prompt alike. Either means the file is binary, was saved in another encoding (Latin-1, say), or was \
                damaged on the way. agentctl reports the first such place in each file. Re-save the file as UTF-8 \
                text.""")
public final class GarbledText implements FileRule {

    private static final char REPLACEMENT = '\uFFFD';

    @Override
    public void check(AgentDocument doc, RuleContext ctx) {
        if (doc.hasProblem(LoadProblem.FOREIGN_ENCODING)) {
            return;
        }
        String text = doc.source().text();
        int nul = text.indexOf('\0');
        int replacement = text.indexOf(REPLACEMENT);
        if (nul >= 0 && (replacement < 0 || nul < replacement)) {
            ctx.report(doc.source().span(nul, nul + 1),
                    "a NUL byte: this looks like binary data, not text; Claude Code reads it as text all the same");
        } else if (replacement >= 0) {
            ctx.report(doc.source().span(replacement, replacement + 1), "bytes that are not valid UTF-8 (or an "
                    + "earlier conversion's U+FFFD): Claude Code reads them as the replacement character U+FFFD");
        }
    }
}
