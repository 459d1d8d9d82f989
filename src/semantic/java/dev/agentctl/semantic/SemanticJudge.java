package dev.agentctl.semantic;

import dev.agentctl.merge.SentenceEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts what a merged profile says twice in other words: pairs of body sentences whose embeddings reach a cosine
 * threshold. A measuring tool for docs/merge.md, not a user command; it splits sentences the way the lexical judge
 * (mergeeval.py) does: per line, markup and list markers off, headings and short lead-ins left out.
 *
 * <pre>java -cp target/agentctl.jar dev.agentctl.semantic.SemanticJudge MERGED.md [THRESHOLD]   (a -Psemantic build)</pre>
 */
public final class SemanticJudge {

    private SemanticJudge() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SemanticJudge MERGED.md [THRESHOLD (default 0.85)]");
            System.exit(2);
        }
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.85;
        List<String> sentences = sentences(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        SentenceEmbedder model = new MiniLmEmbedder();
        List<float[]> vectors = sentences.stream().map(model::embed).toList();
        int pairs = 0;
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = i + 1; j < sentences.size(); j++) {
                double score = SentenceEmbedder.cosine(vectors.get(i), vectors.get(j));
                if (score >= threshold) {
                    pairs++;
                    System.out.printf(Locale.ROOT, "%.3f  %s%n       %s%n", score, sentences.get(i), sentences.get(j));
                }
            }
        }
        System.out.printf(Locale.ROOT, "sentences=%d pairs_at_or_above_%.2f=%d%n", sentences.size(), threshold, pairs);
    }

    static List<String> sentences(String markdown) {
        String body = markdown;
        if (body.startsWith("---")) {
            int end = body.indexOf("\n---", 3);
            body = end < 0 ? body : body.substring(Math.min(body.length(), body.indexOf('\n', end + 1) + 1));
        }
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : body.split("\n")) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || t.isEmpty() || t.startsWith("#") || t.matches("\\*\\*[^*]+\\*\\*:?")) {
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
