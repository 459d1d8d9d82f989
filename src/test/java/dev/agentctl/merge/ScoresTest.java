package dev.agentctl.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("full")
class ScoresTest {

    @Test
    void twoDecimalsRoundsAsTheFormatterDoes() {
        Random random = new Random(42);
        for (int i = 0; i <= 200_000; i++) {
            // Every thousandth (the half-way cases among them), then arbitrary scores.
            double score = i <= 1000 ? i / 1000.0 : random.nextDouble();
            assertEquals(String.format(Locale.ROOT, "%.2f", score), Scores.twoDecimals(score), () -> "" + score);
        }
    }
}
