package dev.agentctl.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The merged profile of the five samples that README and docs/merge.md show is what merge prints for them: a golden
 * file, read by eye when it changes. Run with {@code -Dagentctl.golden.update=true} to rewrite it.
 */
class ExampleProfileTest {

    private static final Path EXAMPLE = Path.of("docs/examples/backend-architect.merged.md");

    @Test
    void theReadmeProfileIsTheMergeOfTheFiveSamples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("agents"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<dev.agentctl.parse.AgentDocument> docs = files.stream().map(p -> {
            try {
                return MergeFixtures.parse(p.toString(), Files.readString(p));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        String merged = MarkdownRenderer.render(MergeFixtures.MERGER.merge(docs, null));
        if (Boolean.getBoolean("agentctl.golden.update")) {
            Files.writeString(EXAMPLE, merged, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(EXAMPLE), merged);
    }

    @Test
    void theReadmeShowsTheExampleProfileAsItIs() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        org.junit.jupiter.api.Assertions.assertTrue(readme.contains("````markdown\n" + Files.readString(EXAMPLE) + "````\n"),
                "README.md shows another profile than " + EXAMPLE);
    }
}
