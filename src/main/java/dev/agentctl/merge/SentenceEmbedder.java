package dev.agentctl.merge;

import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Turns a sentence into a unit-length vector whose dot product with another sentence's says how alike their meanings
 * are, for {@code merge --semantic}. The default build has none: a sentence-embedding model is about 170 MB of
 * dependencies, so it comes only with {@code mvn -Psemantic package}, which puts one on the class path for
 * {@link ServiceLoader} to find.
 */
public interface SentenceEmbedder {

    /** @return a vector of length 1 (so that a dot product is a cosine) */
    float[] embed(String sentence);

    /**
     * The embedder the build includes, if any. A registration whose class is gone (target/classes left over from a
     * semantic build, then rebuilt without it) counts as none.
     */
    static Optional<SentenceEmbedder> installed() {
        try {
            return ServiceLoader.load(SentenceEmbedder.class).findFirst();
        } catch (ServiceConfigurationError brokenRegistration) {
            return Optional.empty();
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
