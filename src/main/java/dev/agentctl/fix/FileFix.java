package dev.agentctl.fix;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.TextEdit;
import dev.agentctl.parse.AgentDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What fixing one file came to.
 *
 * @param before    the file as read
 * @param after     the file after every round of fixes (the same document when nothing was fixed)
 * @param rounds    per round, the edits applied to the text the round started from
 * @param applied   the findings whose fixes were applied, in the order they were
 * @param refusal   why the fixed text must not be written (null when it may be)
 */
public record FileFix(AgentDocument before, AgentDocument after, List<List<TextEdit>> rounds,
                      List<Diagnostic> applied, String refusal) {

    public FileFix {
        rounds = rounds.stream().map(List::copyOf).toList();
        applied = List.copyOf(applied);
    }

    public boolean changed() {
        return !rounds.isEmpty();
    }

    public boolean refused() {
        return refusal != null;
    }

    public String displayPath() {
        return before.displayPath();
    }

    /** The bytes the file held as agentctl read it, for a file that decoded without loss. */
    public byte[] originalBytes() {
        return bytes(before);
    }

    /** The bytes to write: the fixed text, with the byte order mark back in front when the file had one. */
    public byte[] fixedBytes() {
        return bytes(after);
    }

    private static byte[] bytes(AgentDocument doc) {
        return ((doc.source().hasBom() ? "\uFEFF" : "") + doc.source().text()).getBytes(StandardCharsets.UTF_8);
    }
}
