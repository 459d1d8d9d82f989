package dev.agentctl.merge.text;

import dev.agentctl.merge.SentenceEmbedder;
import java.util.HashMap;
import java.util.Map;

/** Cosine of sentence embeddings of the texts' plain words, from the model the build includes. One per merge. */
public final class EmbeddingSimilarity implements Similarity {

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> vectors = new HashMap<>();

    public EmbeddingSimilarity(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public double similarity(String a, String b) {
        return Math.max(0, SentenceEmbedder.cosine(vector(a), vector(b)));
    }

    private float[] vector(String text) {
        return vectors.computeIfAbsent(text, t -> embedder.embed(Text.plain(t.replace('\n', ' '))));
    }

    @Override
    public String name() {
        return "embedding";
    }
}
