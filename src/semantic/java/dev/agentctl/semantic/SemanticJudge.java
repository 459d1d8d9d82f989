package dev.agentctl.semantic;

import dev.agentctl.merge.SentenceEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures a merged profile with sentence embeddings, as an embedding judge would: what it says twice in other words,
 * and, given the merged files, what of theirs it no longer says. A measuring tool for docs/merge.md, not a user
 * command; it splits sentences the way the lexical judge (mergeeval.py) does: per line, markup and list markers off,
 * headings and short lead-ins left out.
 *
 * <ul>
 * <li>pairs: pairs of merged sentences at cosine 0.85 or more, each printed;</li>
 * <li>redundancy at T (0.80 and 0.85): the share of merged sentences with another merged sentence at T or more; the
 * same share for each source alone gives {@code most_redundant_input_at_T};</li>
 * <li>coverage at 0.80: the share of source sentences with a merged sentence at cosine 0.80 or more; each one without
 * is printed as {@code LOST}.</li>
 * </ul>
 *
 * <pre>java -cp target/agentctl.jar dev.agentctl.semantic.SemanticJudge MERGED.md [SOURCE.md ...]   (a -Psemantic build)</pre>
 */
public final class SemanticJudge {

    private static final double PAIR = 0.85;
    private static final double NEAR = 0.80;

    private final SentenceEmbedder model = new MiniLmEmbedder();
    private final Map<String, float[]> vectors = new HashMap<>();

    private SemanticJudge() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SemanticJudge MERGED.md [SOURCE.md ...]");
            System.exit(2);
        }
        new SemanticJudge().judge(Path.of(args[0]), java.util.Arrays.stream(args).skip(1).map(Path::of).toList());
    }

    private void judge(Path mergedFile, List<Path> sourceFiles) throws IOException {
        List<String> merged = sentences(Files.readString(mergedFile, StandardCharsets.UTF_8));
        int pairs = 0;
        for (int i = 0; i < merged.size(); i++) {
            for (int j = i + 1; j < merged.size(); j++) {
                double score = cosine(merged.get(i), merged.get(j));
                if (score >= PAIR) {
                    pairs++;
                    System.out.printf(Locale.ROOT, "%.3f  %s%n       %s%n", score, merged.get(i), merged.get(j));
                }
            }
        }
        StringBuilder figures = new StringBuilder(String.format(Locale.ROOT, "sentences=%d pairs_at_or_above_0_85=%d"
                + " redundancy_at_0_80=%.4f redundancy_at_0_85=%.4f", merged.size(), pairs, redundancy(merged, NEAR),
                redundancy(merged, PAIR)));
        if (!sourceFiles.isEmpty()) {
            double worstNear = 0;
            double worstPair = 0;
            Set<String> sources = new LinkedHashSet<>();
            for (Path f : sourceFiles) {
                List<String> own = sentences(Files.readString(f, StandardCharsets.UTF_8));
                worstNear = Math.max(worstNear, redundancy(own, NEAR));
                worstPair = Math.max(worstPair, redundancy(own, PAIR));
                sources.addAll(own);
            }
            int covered = 0;
            for (String source : sources) {
                double best = 0;
                for (String m : merged) {
                    best = Math.max(best, cosine(source, m));
                }
                if (best >= NEAR) {
                    covered++;
                } else {
                    System.out.printf(Locale.ROOT, "LOST %.3f  %s%n", best, source);
                }
            }
            figures.append(String.format(Locale.ROOT, " source_sentences=%d coverage_at_0_80=%.4f"
                    + " most_redundant_input_at_0_80=%.4f most_redundant_input_at_0_85=%.4f", sources.size(),
                    sources.isEmpty() ? 1.0 : (double) covered / sources.size(), worstNear, worstPair));
        }
        System.out.println(figures);
    }

    /** The share of sentences with another sentence of the same text at the threshold or above. */
    private double redundancy(List<String> sentences, double threshold) {
        int said = 0;
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = 0; j < sentences.size(); j++) {
                if (i != j && cosine(sentences.get(i), sentences.get(j)) >= threshold) {
                    said++;
                    break;
                }
            }
        }
        return sentences.isEmpty() ? 0 : (double) said / sentences.size();
    }

    private double cosine(String a, String b) {
        return SentenceEmbedder.cosine(vector(a), vector(b));
    }

    private float[] vector(String sentence) {
        return vectors.computeIfAbsent(sentence, model::embed);
    }

    static List<String> sentences(String markdown) {
        String body = markdown;
        if (body.startsWith("---")) {
            int end = body.indexOf("\n---", 3);
            body = end < 0 ? body : body.substring(Math.min(body.length(), body.indexOf('\n', end + 1) + 1));
        }
        List<String> out = new ArrayList<>();
        for (String line : body.split("\n")) {
            String t = line.strip();
            // Fence lines only: code lines count like prose, as mergeeval.py counts them, so that a file whose fences
            // do not pair up (a fence-like line inside a block) cannot hide the rest of the file from the judge.
            if (t.startsWith("```") || t.startsWith("~~~")) {
                continue;
            }
            if (t.isEmpty() || t.startsWith("#") || t.matches("\\*\\*[^*]+\\*\\*:?")) {
                continue;
            }
            t = t.replaceAll("^([-*+]|\\d+[.)]|>)\\s+", "").replace("**", "").replace("`", "");
            if (t.endsWith(":") && t.split("\\s+").length <= 8) {
                continue;
            }
            for (String s : t.split("(?<=[.!?])\\s+(?=[A-Z\"(*`\\[])")) {
                if (s.split("\\s+").length >= 4) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
