package dev.agentctl.merge;

/**
 * What the merge did with one input unit: kept it whole, kept part of it, or dropped it because a kept unit already
 * says it.
 *
 * @param coveredBy for {@link Fate#COVERED} and {@link Fate#TRIMMED}: the kept unit that says the dropped part; for a
 *                  {@link Fate#KEPT} unit the layout joined into another item ({@code reason} "joined"), that item
 * @param score     how much of the dropped words the covering unit has (containment of stems, 0–1)
 * @param reason    how the decision was made: contained words, or the persona rule
 */
public record UnitFate(String unitId, String source, String text, Fate fate, String coveredBy, double score,
                       String reason) {

    public enum Fate { KEPT, TRIMMED, COVERED }
}
