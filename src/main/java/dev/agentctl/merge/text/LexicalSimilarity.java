package dev.agentctl.merge.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cosine of TF-IDF weighted terms ({@link Terms}). Document frequencies come from the texts of one merge, counted once
 * per distinct text, so that a term every variant repeats ("code", "review" in code reviewers) weighs little and a
 * rarer one ("idempotency") much; merging a profile again with its inputs adds no new distinct text, so weights and
 * decisions stay the same. Holds memos: one per merge.
 */
public final class LexicalSimilarity implements Similarity {

    private final Terms terms;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;
    private final Map<String, Map<String, Double>> vectors = new HashMap<>();

    /** @param texts the texts of the merge (sentences or units); duplicates count once */
    public LexicalSimilarity(Terms terms, Collection<String> texts) {
        this.terms = terms;
        Set<String> distinct = new HashSet<>(texts);
        for (String t : distinct) {
            for (String term : terms.of(t)) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        this.documents = distinct.size();
    }

    /** Inverse document frequency, smoothed so that an unseen term weighs most and none weighs zero. */
    public double weight(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }

    @Override
    public double similarity(String a, String b) {
        Map<String, Double> va = vector(a);
        Map<String, Double> vb = vector(b);
        if (va.isEmpty() || vb.isEmpty()) {
            return 0;
        }
        Map<String, Double> small = va.size() <= vb.size() ? va : vb;
        Map<String, Double> large = small == va ? vb : va;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return Math.min(1.0, dot);
    }

    /** Share of {@code part}'s weight that {@code whole} also has. */
    public double weightedContainment(Set<String> part, Set<String> whole) {
        double total = 0;
        double shared = 0;
        for (String t : part) {
            double w = weight(t);
            total += w;
            if (whole.contains(t)) {
                shared += w;
            }
        }
        return total == 0 ? 1.0 : shared / total;
    }

    /** Unit-length TF-IDF vector of a text's terms (each term once: prompt lines are too short for counts to tell). */
    private Map<String, Double> vector(String text) {
        Map<String, Double> known = vectors.get(text);
        if (known == null) {
            known = new HashMap<>();
            double norm = 0;
            for (String t : terms.of(text)) {
                double w = weight(t);
                known.put(t, w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            known.replaceAll((t, w) -> w / length);
            vectors.put(text, known);
        }
        return known;
    }

    @Override
    public String name() {
        return "words";
    }
}
