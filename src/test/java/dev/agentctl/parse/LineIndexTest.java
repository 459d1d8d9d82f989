package dev.agentctl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    /** The on-demand index must agree with a plain count of line breaks, whatever order positions are asked in. */
    @Test
    void agreesWithCountingLineBreaksInAnyOrder() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append("ab\n\r x".charAt(random.nextInt(6)));
            }
            String t = text.toString();
            LineIndex index = new LineIndex(t);
            for (int probe = 0; probe < 30; probe++) {
                int offset = random.nextInt(t.length() + 1);
                int line = 1 + (int) t.substring(0, offset).chars().filter(c -> c == '\n').count();
                int column = offset - (t.lastIndexOf('\n', offset - 1) + 1) + 1;
                assertEquals(line, index.line(offset), () -> "line of " + offset + " in " + t);
                assertEquals(column, index.column(offset), () -> "column of " + offset + " in " + t);
                int lineStart = t.lastIndexOf('\n', offset - 1) + 1;
                assertEquals(lineStart, index.lineStart(line));
            }
        }
    }

    @Test
    void lineStartPastTheLastLineIsTheEnd() {
        assertEquals(5, new LineIndex("a\nbcd").lineStart(9));
        assertEquals(2, new LineIndex("a\nbcd").lineStart(2));
    }
}
