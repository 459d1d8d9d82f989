package dev.agentctl.parse;

import dev.agentctl.model.Location;
import java.util.Arrays;

/** Turns character offsets of one text into 1-based line and column; built once per file. */
public final class LineIndex {

    private final int[] lineStarts;
    private final int length;

    public LineIndex(CharSequence text) {
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, clamp(offset));
        return i >= 0 ? i + 1 : -i - 1;
    }

    public int column(int offset) {
        int clamped = clamp(offset);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** Offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public Location span(int start, int end) {
        int s = clamp(start);
        int e = Math.max(s, clamp(end));
        return new Location(line(s), column(s), line(e), column(e), s, e);
    }

    public Location point(int offset) {
        return span(offset, offset);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length));
    }
}
