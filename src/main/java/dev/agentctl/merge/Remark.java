package dev.agentctl.merge;

import java.util.List;

/**
 * Something about the merged profile for a person to decide, listed by {@code --explain}.
 *
 * @param kind   {@code variant-specific} (one variant's content that names another agent, a file or a protocol of its
 *               own), {@code likely conflict} (two variants' units close in topic but not the same instruction) or
 *               {@code left out} (said by fewer variants than {@code --keep} asks)
 * @param units  the merged units concerned
 * @param score  for conflicts, their similarity; for units left out, how many variants say them
 * @param detail what was found, in words
 */
public record Remark(String kind, List<String> units, double score, String detail) {

    public Remark {
        units = List.copyOf(units);
    }
}
