package dev.agentctl.semantic;

import dev.agentctl.merge.SentenceEmbedder;
import dev.agentctl.merge.text.LexicalSimilarity;
import dev.agentctl.merge.text.Terms;
import dev.agentctl.merge.text.Text;
import dev.agentctl.schema.JsonData;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two measurements behind docs/merge.md's "What the word model cannot tell", taken with sentence embeddings over
 * merged profiles written by {@code agentctl merge --format json} (which carries each unit's sources and each source
 * sentence's fate). A measuring tool, not a user command.
 *
 * <ul>
 * <li><b>covers by breadth</b>: every sentence the merge left out as said by a kept sentence of another variant, by how
 * many times its content terms the kept sentence has, with the share the embedding puts below cosine 0.80 (a sentence
 * the embedding judge would count as lost);</li>
 * <li><b>paraphrase candidates</b>: pairs of one-sentence items from different variants that are each other's most
 * similar item by the default (word) similarity and share three or more terms, by that similarity, with how many the
 * embedding puts at cosine 0.80 or more (the same thing in other words) and below 0.70 (different things).</li>
 * </ul>
 *
 * <pre>java -cp target/agentctl.jar dev.agentctl.semantic.MergeStudy MERGED.json ...   (a -Psemantic build)</pre>
 */
public final class MergeStudy {

    private static final double SAME = 0.80;
    private static final double DIFFERENT = 0.70;
    private static final double[] BREADTHS = {1, 1.5, 2, 3, Double.MAX_VALUE};
    private static final double[] SIMILARITIES = {0.3, 0.4, 0.5, 0.6, 0.7, 1.01};

    private final MiniLmEmbedder model = new MiniLmEmbedder();
    private final Map<String, float[]> vectors = new HashMap<>();
    private final int[][] covers = new int[BREADTHS.length - 1][2];
    private final int[][] pairs = new int[SIMILARITIES.length - 1][3];
    /** UTF-8 whatever the locale: the tables use typographic dashes and signs, as docs/merge.md prints them. */
    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private MergeStudy() {
    }

    @SuppressWarnings("unchecked") // a merge's JSON is an object
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: MergeStudy MERGED.json ...");
            System.exit(2);
        }
        MergeStudy study = new MergeStudy();
        for (String file : args) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                study.read((Map<String, Object>) JsonData.read(in));
            }
        }
        study.print();
    }

    /** One merged unit as the study needs it. */
    private record Unit(String id, String kind, String text, Set<Integer> variants) {
    }

    private void read(Map<String, Object> profile) {
        List<Unit> units = new ArrayList<>();
        for (Map<String, Object> section : list(profile.get("sections"))) {
            collect(section.get("units"), units);
        }
        Map<String, String> textById = new HashMap<>();
        units.forEach(u -> textById.put(u.id(), u.text()));
        Terms terms = new Terms();
        for (Map<String, Object> fate : list(profile.get("fates"))) {
            if ("covered".equals(fate.get("fate")) && fate.get("coveredBy") != null) {
                String by = textById.get((String) fate.get("coveredBy"));
                if (by != null) {
                    Text.sentences(Text.plain((String) fate.get("text"))).forEach(s -> cover(s, by, terms));
                }
            }
        }
        candidates(units, terms);
    }

    /** A JSON array of objects, or none for a missing one. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private void cover(String sentence, String coveringUnit, Terms terms) {
        String closest = null;
        double best = -1;
        for (String s : Text.sentences(Text.plain(coveringUnit))) {
            double score = cosine(sentence, s);
            if (score > best) {
                best = score;
                closest = s;
            }
        }
        int own = terms.of(sentence).size();
        if (closest == null || own == 0) {
            return;
        }
        double breadth = (double) terms.of(closest).size() / own;
        int bucket = bucket(BREADTHS, breadth);
        if (bucket >= 0) {
            covers[bucket][0]++;
            covers[bucket][1] += best < SAME ? 1 : 0;
        }
    }

    private void candidates(List<Unit> units, Terms terms) {
        List<Unit> items = units.stream().filter(u -> u.kind().equals("item")
                && Text.sentences(Text.plain(u.text())).size() == 1).toList();
        LexicalSimilarity words = new LexicalSimilarity(terms, units.stream().map(Unit::text).toList());
        int n = items.size();
        double[][] score = new double[n][n];
        int[] nearest = new int[n];
        Arrays.fill(nearest, -1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && Collections.disjoint(items.get(i).variants(), items.get(j).variants())) {
                    score[i][j] = words.similarity(items.get(i).text(), items.get(j).text());
                    if (nearest[i] < 0 || score[i][j] > score[i][nearest[i]]) {
                        nearest[i] = j;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int j = nearest[i];
            if (j > i && nearest[j] == i && shared(terms, items.get(i).text(), items.get(j).text()) >= 3) {
                int bucket = bucket(SIMILARITIES, score[i][j]);
                if (bucket >= 0) {
                    double e = cosine(Text.plain(items.get(i).text()), Text.plain(items.get(j).text()));
                    pairs[bucket][e >= SAME ? 0 : e >= DIFFERENT ? 1 : 2]++;
                }
            }
        }
    }

    private static int shared(Terms terms, String a, String b) {
        Set<String> common = new HashSet<>(terms.of(a));
        common.retainAll(terms.of(b));
        return common.size();
    }

    private static int bucket(double[] bounds, double value) {
        for (int i = 0; i + 1 < bounds.length; i++) {
            if (value >= bounds[i] && value < bounds[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    private static void collect(Object units, List<Unit> out) {
        for (Map<String, Object> u : list(units)) {
            Set<Integer> variants = new TreeSet<>();
            // A unit's id is "VARIANT#N" (a section's "VARIANT/sN"): the variant is the number before the mark.
            for (Object source : (List<?>) u.get("sources")) {
                variants.add(Integer.parseInt(((String) source).split("[#/]", 2)[0]));
            }
            out.add(new Unit((String) u.get("unit"), (String) u.get("kind"), (String) u.get("text"), variants));
            collect(u.get("children"), out);
        }
    }

    private double cosine(String a, String b) {
        return SentenceEmbedder.cosine(vectors.computeIfAbsent(a, model::embed), vectors.computeIfAbsent(b, model::embed));
    }

    private void print() {
        out.println("Covered sentences, by the covering sentence's terms over their own:");
        out.println("| breadth | covered | embedding below 0.80 |");
        out.println("|---|---|---|");
        for (int i = 0; i < covers.length; i++) {
            String range = BREADTHS[i + 1] == Double.MAX_VALUE ? "≥ " + fmt(BREADTHS[i]) : fmt(BREADTHS[i]) + "–" + fmt(BREADTHS[i + 1]);
            out.printf(Locale.ROOT, "| %s | %d | %d |%n", range, covers[i][0], covers[i][1]);
        }
        out.println();
        out.println("Mutually most similar one-sentence items of different variants, three or more shared terms,"
                + " by word similarity:");
        out.println("| word similarity | pairs | embedding ≥ 0.80 | 0.70–0.80 | below 0.70 |");
        out.println("|---|---|---|---|---|");
        for (int i = 0; i < pairs.length; i++) {
            String range = SIMILARITIES[i + 1] > 1 ? "≥ " + fmt(SIMILARITIES[i]) : fmt(SIMILARITIES[i]) + "–" + fmt(SIMILARITIES[i + 1]);
            out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", range, pairs[i][0] + pairs[i][1] + pairs[i][2],
                    pairs[i][0], pairs[i][1], pairs[i][2]);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((int) d) : String.valueOf(d);
    }
}
