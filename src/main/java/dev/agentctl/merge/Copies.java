package dev.agentctl.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Variants whose bodies are the same text: one agent copied into several plugins, or versions of a file that changed
 * only its frontmatter. Such a body is parsed and merged once, as its first variant (the original); each copy is then
 * credited with every merged unit and section its original contributes to, so that support ({@code --keep}),
 * variant-specific content and the {@code --explain} ledger count it as a variant that says the same. Merging a copy
 * instead would only find, sentence by sentence, that everything it says is already said. Immutable.
 */
final class Copies {

    /** For each variant: the variant whose body it copies, or itself. */
    private final int[] original;
    /** The copies of each original that has any, in variant order. */
    private final Map<Integer, List<Integer>> copies;

    private Copies(int[] original, Map<Integer, List<Integer>> copies) {
        this.original = original;
        this.copies = copies;
    }

    /** @param bodies each variant's body, in variant order */
    static Copies of(List<String> bodies) {
        int[] original = new int[bodies.size()];
        Map<String, Integer> firstWith = new HashMap<>();
        Map<Integer, List<Integer>> copies = new LinkedHashMap<>();
        for (int v = 0; v < bodies.size(); v++) {
            Integer first = firstWith.putIfAbsent(bodies.get(v), v);
            original[v] = first == null ? v : first;
            if (first != null) {
                copies.computeIfAbsent(first, k -> new ArrayList<>()).add(v);
            }
        }
        return new Copies(original, copies);
    }

    boolean isCopy(int variant) {
        return original[variant] != variant;
    }

    /** The sections with each copy's ids beside its original's, in sources of sections and units. */
    List<MergedSection> credit(List<MergedSection> sections) {
        if (copies.isEmpty()) {
            return sections;
        }
        return sections.stream().map(s -> new MergedSection(s.role(), s.style(), s.level(), s.title(), creditUnits(s.units()),
                withCopies(s.sources()))).toList();
    }

    private List<MergedUnit> creditUnits(List<MergedUnit> units) {
        return units.stream().map(u -> new MergedUnit(u.id(), u.kind(), u.ordered(), u.text(), creditUnits(u.children()),
                withCopies(u.sources()))).toList();
    }

    private List<String> withCopies(List<String> ids) {
        List<String> out = new ArrayList<>(ids);
        for (String id : ids) {
            for (int copy : copies.getOrDefault(Support.variantOf(id), List.of())) {
                out.add(Support.inVariant(id, copy));
            }
        }
        return out;
    }

    /**
     * Every input unit's fate, in input order: a copy's unit is covered by its original's unit when that was kept
     * (whole or in part), and by what covers the original's otherwise.
     */
    List<UnitFate> fates(List<UnitFate> fates, IntFunction<String> sourceName) {
        if (copies.isEmpty()) {
            return fates;
        }
        Map<Integer, List<UnitFate>> byVariant = new HashMap<>();
        fates.forEach(f -> byVariant.computeIfAbsent(Support.variantOf(f.unitId()), v -> new ArrayList<>()).add(f));
        List<UnitFate> out = new ArrayList<>();
        for (int v = 0; v < original.length; v++) {
            if (!isCopy(v)) {
                out.addAll(byVariant.getOrDefault(v, List.of()));
                continue;
            }
            for (UnitFate f : byVariant.getOrDefault(original[v], List.of())) {
                String id = Support.inVariant(f.unitId(), v);
                out.add(f.fate() == UnitFate.Fate.COVERED
                        ? new UnitFate(id, sourceName.apply(v), f.text(), f.fate(), f.coveredBy(), f.score(), f.reason())
                        : new UnitFate(id, sourceName.apply(v), f.text(), UnitFate.Fate.COVERED, f.unitId(), 1.0,
                                "same body as " + sourceName.apply(original[v])));
            }
        }
        return out;
    }
}
