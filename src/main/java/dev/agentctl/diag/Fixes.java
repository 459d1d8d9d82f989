package dev.agentctl.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies fixes to a text: edits from the end backwards, skipping a fix whose edits overlap one already taken. */
public final class Fixes {

    private Fixes() {
    }

    public static String apply(String text, List<Fix> fixes) {
        List<TextEdit> taken = new ArrayList<>();
        for (Fix fix : fixes) {
            if (fix.edits().stream().noneMatch(e -> overlapsAny(e, taken) || e.end() > text.length())) {
                taken.addAll(fix.edits());
            }
        }
        taken.sort(Comparator.comparingInt(TextEdit::start).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit e : taken) {
            out.replace(e.start(), e.end(), e.replacement());
        }
        return out.toString();
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
