package dev.agentctl.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies fixes to a text: edits from the end backwards, skipping a fix whose edits overlap one already taken. */
public final class Fixes {

    private Fixes() {
    }

    /**
     * The text after the fixes that could be taken together, and which those were.
     *
     * @param taken the fixes applied, in the order given; the others overlapped one of them
     * @param edits every edit applied, by start offset in the text before
     */
    public record Applied(String text, List<Fix> taken, List<TextEdit> edits) {
        public Applied {
            taken = List.copyOf(taken);
            edits = List.copyOf(edits);
        }
    }

    public static String apply(String text, List<Fix> fixes) {
        return applyAll(text, fixes).text();
    }

    public static Applied applyAll(String text, List<Fix> fixes) {
        List<TextEdit> edits = new ArrayList<>();
        List<Fix> taken = new ArrayList<>();
        for (Fix fix : fixes) {
            if (fix.edits().stream().noneMatch(e -> overlapsAny(e, edits) || e.end() > text.length())) {
                edits.addAll(fix.edits());
                taken.add(fix);
            }
        }
        edits.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(text.length() + 16);
        int at = 0;
        for (TextEdit e : edits) {
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        out.append(text, at, text.length());
        return new Applied(out.toString(), taken, edits);
    }

    private static boolean overlapsAny(TextEdit edit, List<TextEdit> taken) {
        for (TextEdit t : taken) {
            boolean disjoint = edit.end() <= t.start() || t.end() <= edit.start();
            boolean samePoint = edit.start() == edit.end() && t.start() == t.end() && edit.start() == t.start();
            if (!disjoint || samePoint) {
                return true;
            }
        }
        return false;
    }
}
