package dev.agentctl.parse;

import dev.agentctl.model.Location;
import java.util.Arrays;

/**
 * Turns character offsets of one text into 1-based line and column. Line starts are found on demand, only as far
 * as a position is asked for: nearly every position lies in the frontmatter, so the body, often most of the file,
 * is never scanned. Thread-safe; what it has found never changes.
 */
public final class LineIndex {

    private final String text;
    private int[] lineStarts = new int[16];
    private int lineCount = 1;
    /** Every line break before this offset is in {@link #lineStarts}. */
    private int scannedTo;

    public LineIndex(String text) {
        this.text = text;
    }

    /** 1-based line of an offset. */
    public synchronized int line(int offset) {
        int clamped = clamp(offset);
        scanTo(clamped);
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, clamped);
        return i >= 0 ? i + 1 : -i - 1;
    }

    public synchronized int column(int offset) {
        int clamped = clamp(offset);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** Offset where a 1-based line starts; the end of the text for a line past the last. */
    public synchronized int lineStart(int line) {
        while (lineCount < line && scannedTo < text.length()) {
            scanTo(scannedTo);
        }
        return line <= lineCount ? lineStarts[line - 1] : text.length();
    }

    public Location span(int start, int end) {
        int s = clamp(start);
        int e = Math.max(s, clamp(end));
        return new Location(line(s), column(s), line(e), column(e), s, e);
    }

    public Location point(int offset) {
        return span(offset, offset);
    }

    /** Records line breaks until one at or past {@code offset} is known (or the text ends). */
    private void scanTo(int offset) {
        while (scannedTo <= offset && scannedTo < text.length()) {
            int newline = text.indexOf('\n', scannedTo);
            if (newline < 0) {
                scannedTo = text.length();
                return;
            }
            if (lineCount == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
            }
            lineStarts[lineCount++] = newline + 1;
            scannedTo = newline + 1;
        }
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
