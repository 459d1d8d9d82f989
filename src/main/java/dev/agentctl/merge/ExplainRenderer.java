package dev.agentctl.merge;

import java.util.Locale;

/** Writes, for every input unit, whether it was kept, trimmed or covered, and by which kept unit with what score. */
public final class ExplainRenderer {

    private ExplainRenderer() {
    }

    public static String render(MergedProfile p) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < p.sources().size(); i++) {
            out.append("source ").append(i).append(": ").append(p.sources().get(i)).append('\n');
        }
        p.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        long kept = p.fates().stream().filter(f -> f.fate() == UnitFate.Fate.KEPT).count();
        long trimmed = p.fates().stream().filter(f -> f.fate() == UnitFate.Fate.TRIMMED).count();
        out.append(p.fates().size()).append(" units: ").append(kept).append(" kept, ").append(trimmed)
                .append(" kept in part, ").append(p.fates().size() - kept - trimmed).append(" covered\n");
        for (Remark r : p.remarks()) {
            out.append(r.kind()).append(": ").append(String.join(" ", r.units()));
            if (r.kind().equals("likely conflict")) {
                out.append(' ').append(Scores.twoDecimals(r.score()));
            }
            out.append("  ").append(r.detail()).append('\n');
        }
        for (UnitFate f : p.fates()) {
            out.append(f.unitId()).append(' ').append(f.fate().name().toLowerCase(Locale.ROOT));
            if (f.fate() == UnitFate.Fate.KEPT && f.coveredBy() != null) {
                out.append(", joined into ").append(f.coveredBy());
            } else if (f.coveredBy() != null) {
                out.append(f.fate() == UnitFate.Fate.TRIMMED ? " (rest by " : " by ").append(f.coveredBy())
                        .append(' ').append(Scores.twoDecimals(f.score())).append(' ').append(f.reason())
                        .append(f.fate() == UnitFate.Fate.TRIMMED ? ")" : "");
            }
            out.append("  ").append(excerpt(f.text())).append('\n');
        }
        return out.toString();
    }

    private static String excerpt(String text) {
        String flat = dev.agentctl.merge.text.Text.plain(text.replace('\n', ' '));
        return '"' + (flat.length() > 90 ? flat.substring(0, 87) + "..." : flat) + '"';
    }
}
