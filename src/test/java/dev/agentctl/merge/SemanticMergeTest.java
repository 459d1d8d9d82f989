package dev.agentctl.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentctl.parse.AgentDocument;
import dev.agentctl.schema.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code merge --semantic}'s rule, with a stand-in embedder whose similarities the test chooses. */
class SemanticMergeTest {

    private static final String SHORT = "Check permissions by user role on every endpoint";
    private static final String LONG = "Design role-based or attribute-based access control for each service and its admins";
    private static final String OTHER = "Rotate database credentials every month without downtime";

    /** SHORT and LONG point the same way (cosine 0.9); every other sentence gets a direction of its own. */
    private static final class ChosenEmbedder implements SentenceEmbedder {
        private final Map<String, float[]> vectors = new HashMap<>();

        @Override
        public float[] embed(String sentence) {
            float[] v = new float[64];
            if (sentence.equals(SHORT)) {
                v[0] = 1;
                return v;
            }
            if (sentence.equals(LONG)) {
                v[0] = 0.9f;
                v[1] = (float) Math.sqrt(1 - 0.81);
                return v;
            }
            return vectors.computeIfAbsent(sentence, s -> {
                float[] own = new float[64];
                own[2 + vectors.size()] = 1;
                return own;
            });
        }
    }

    private static AgentDocument agent(String file, String body) {
        return MergeFixtures.parse(file, "---\nname: x\ndescription: Use this agent for tests.\n---\n\n" + body);
    }

    private static List<String> units(Merger merger, AgentDocument... docs) {
        return merger.merge(List.of(docs), null).sections().stream()
                .flatMap(s -> s.units().stream()).map(MergedUnit::text).toList();
    }

    @Test
    void aShorterSentenceTheModelFindsAlikeIsCoveredByTheLongerWhicheverComesFirst() {
        Merger semantic = new Merger(Vocabulary.builtIn(), MergePolicy.DEFAULT, new ChosenEmbedder());
        AgentDocument a = agent("a.md", "## Access\n\n- " + SHORT + "\n- " + OTHER + "\n");
        AgentDocument b = agent("b.md", "## Security\n\n- " + LONG + "\n");
        assertEquals(List.of(OTHER, LONG), units(semantic, a, b));
        assertEquals(List.of(LONG, OTHER), units(semantic, b, a));

        MergedProfile p = semantic.merge(List.of(b, a), null);
        UnitFate shortOne = p.fates().stream().filter(f -> f.text().equals(SHORT)).findFirst().orElseThrow();
        assertEquals(UnitFate.Fate.COVERED, shortOne.fate());
        assertEquals("semantic paraphrase", shortOne.reason());
        assertEquals(0.9, shortOne.score(), 1e-6);
    }

    @Test
    void withoutAnEmbedderBothStay() {
        AgentDocument a = agent("a.md", "## Access\n\n- " + SHORT + "\n");
        AgentDocument b = agent("b.md", "## Security\n\n- " + LONG + "\n");
        assertEquals(List.of(SHORT, LONG), units(MergeFixtures.MERGER, a, b));
    }

    @Test
    void belowTheThresholdBothStay() {
        MergePolicy strict = new MergePolicy(0.85, 3, 0.3, 0.8, 0.2, 0.5, 0.3, 0.95);
        Merger semantic = new Merger(Vocabulary.builtIn(), strict, new ChosenEmbedder());
        AgentDocument a = agent("a.md", "## Access\n\n- " + SHORT + "\n");
        AgentDocument b = agent("b.md", "## Security\n\n- " + LONG + "\n");
        assertEquals(List.of(SHORT, LONG), units(semantic, a, b));
    }
}
