package dev.agentctl.merge;

/**
 * What the person merging chose beyond the inputs.
 *
 * @param tools       how the variants' tools combine
 * @param toolsChosen whether {@code tools} was chosen (a default that widens a grant is said loudly)
 * @param keep        which instructions stay: every distinct one, or only those enough variants say
 * @param findings    keep the ledger of what became of every input unit ({@link MergedProfile#fates()}) and look for
 *                    variant-specific content and likely conflicts ({@link MergedProfile#remarks()}); only
 *                    {@code --explain} and JSON show them, so a plain merge skips both
 */
public record MergeOptions(ToolPolicy tools, boolean toolsChosen, Keep keep, boolean findings) {

    public static final MergeOptions DEFAULT = new MergeOptions(ToolPolicy.UNION, false, Keep.ALL, true);

    public MergeOptions(ToolPolicy tools, boolean toolsChosen, Keep keep) {
        this(tools, toolsChosen, keep, true);
    }

    /**
     * Which instructions stay. {@code minimum} variants must say an instruction (by the merge's own similarity) for it
     * to stay; 1 keeps every distinct instruction; {@code majority} means at least half the variants, rounded up.
     */
    public record Keep(int minimum, boolean majority) {

        public static final Keep ALL = new Keep(1, false);
        public static final Keep MAJORITY = new Keep(0, true);

        /** "all", "majority" or a number of variants (at least 1). */
        public static Keep parse(String text) {
            return switch (text) {
                case "all" -> ALL;
                case "majority" -> MAJORITY;
                default -> {
                    int n;
                    try {
                        n = Integer.parseInt(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--keep takes all, majority or a number of variants, not '" + text + "'");
                    }
                    if (n < 1) {
                        throw new IllegalArgumentException("--keep takes a number of variants of at least 1, not " + n);
                    }
                    yield new Keep(n, false);
                }
            };
        }

        /** How many of {@code variants} must say an instruction. */
        public int threshold(int variants) {
            return majority ? (variants + 1) / 2 : Math.min(minimum, variants);
        }
    }
}
