package dev.agentctl.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agentctl.FuzzSeeds;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.schema.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@code merge}: the input is up to three agent files separated by a form feed byte. Whatever loads is merged
 * twice; nothing may throw and both runs must render the same bytes in every format.
 */
class MergeFuzzTest {

    /** Separates the files in one fuzz input; rare in agent files, so a corpus file stays one file. */
    static final byte SEPARATOR = '\f';
    private static final int MAX_FILES = 3;
    /**
     * Each file is cut to this many bytes: a merge of two 30 KB variants takes a second under the fuzzer's
     * instrumentation, a merge of their openings a few milliseconds, and the frontmatter and first sections are kept.
     */
    private static final int MAX_FILE_BYTES = 4096;

    private static final Vocabulary VOCABULARY = Vocabulary.builtIn();
    private static final AgentLoader LOADER = new AgentLoader(new AgentParser(VOCABULARY));
    private static final Merger MERGER = new Merger(VOCABULARY, MergePolicy.DEFAULT);

    @FuzzTest
    @Tag("full") // Jazzer instruments classes from its first run on: see the tiers in pom.xml
    void merge(byte[] data) {
        check(data);
    }

    /** Consecutive pairs of the shared versions of one agent, as one input each. */
    static Stream<byte[]> sharedPairs() {
        List<Path> variants = FuzzSeeds.sharedVariants();
        return IntStream.range(0, variants.size() - 1).mapToObj(i -> join(variants.get(i), variants.get(i + 1)));
    }

    @ParameterizedTest
    @MethodSource("sharedPairs")
    void sharedVariantsMergeDeterministically(byte[] pair) {
        check(pair);
    }

    static byte[] join(Path... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < files.length; i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.writeBytes(FuzzSeeds.read(files[i]));
        }
        return out.toByteArray();
    }

    private static void check(byte[] data) {
        List<AgentDocument> docs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= data.length && docs.size() < MAX_FILES; i++) {
            if (i == data.length || data[i] == SEPARATOR) {
                byte[] part = Arrays.copyOfRange(data, start, Math.min(i, start + MAX_FILE_BYTES));
                AgentDocument doc = LOADER.parse(Path.of("v" + docs.size() + ".md"), "v" + docs.size() + ".md", part);
                if (doc.loads()) {
                    docs.add(doc);
                }
                start = i + 1;
            }
        }
        if (docs.isEmpty()) {
            return;
        }
        String name = docs.get(0).definition().nameValue();
        MergedProfile first = MERGER.merge(docs, name);
        MergedProfile second = MERGER.merge(docs, name);
        assertEquals(MarkdownRenderer.render(first), MarkdownRenderer.render(second));
        assertEquals(JsonRenderer.render(first), JsonRenderer.render(second));
        assertEquals(ExplainRenderer.render(first), ExplainRenderer.render(second));
    }
}
