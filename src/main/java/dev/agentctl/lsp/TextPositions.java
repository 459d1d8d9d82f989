package dev.agentctl.lsp;

import dev.agentctl.parse.LineIndex;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the core's character offsets (into the text without a byte order mark) and LSP positions in the
 * editor's text. Both count UTF-16 code units, LSP's default encoding, so only the BOM needs minding.
 */
final class TextPositions {

    private final String text;
    private final int shift;
    private final LineIndex lines;

    TextPositions(String editorText) {
        this(editorText, !editorText.isEmpty() && editorText.charAt(0) == '\uFEFF' ? 1 : 0);
    }

    private TextPositions(String editorText, int shift) {
        this.text = editorText;
        this.shift = shift;
        this.lines = new LineIndex(editorText);
    }

    Position position(int coreOffset) {
        int at = Math.min(text.length(), coreOffset + shift);
        return new Position(lines.line(at) - 1, lines.column(at) - 1);
    }

    Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    /** The core offset of an editor position, clamped to the text. */
    int offset(Position p) {
        int lineStart = lines.lineStart(Math.max(0, p.getLine()) + 1);
        int at = lineStart;
        int column = Math.max(0, p.getCharacter());
        while (at < text.length() && at - lineStart < column && text.charAt(at) != '\n') {
            at++;
        }
        return Math.max(0, at - shift);
    }

    /** The editor's text with a range replaced, positions counted in the editor's text itself. */
    static String replace(String text, Range range, String newText) {
        TextPositions raw = new TextPositions(text, 0);
        int start = raw.offset(range.getStart());
        int end = Math.max(start, raw.offset(range.getEnd()));
        return text.substring(0, start) + newText + text.substring(end);
    }
}
