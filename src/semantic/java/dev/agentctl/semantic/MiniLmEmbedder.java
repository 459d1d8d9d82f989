package dev.agentctl.semantic;

import dev.agentctl.merge.SentenceEmbedder;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * {@code merge --semantic}'s embedder: all-MiniLM-L6-v2, a 384-dimension sentence-embedding model, run in process by
 * ONNX Runtime from the jar's own copy of the model (no network). Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services}; present only in a build made with {@code mvn -Psemantic package}.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    /** Loading the model takes about a second, so it happens once, and only when --semantic asks for it. */
    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    @Override
    public float[] embed(String sentence) {
        return model.embed(sentence).content().vector(); // normalised by the model, so a dot product is a cosine
    }
}
