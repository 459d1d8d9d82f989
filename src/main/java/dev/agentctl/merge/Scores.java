package dev.agentctl.merge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How merge prints a similarity score in notes and explanations. */
final class Scores {

    private Scores() {
    }

    /**
     * The score with two decimals, rounded half up as {@code String.format(Locale.ROOT, "%.2f", score)} rounds it.
     * A merge prints few scores, but the formatter's first use is a tenth of a small merge's run time.
     */
    static String twoDecimals(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
