package dev.agentctl.merge;

import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.SourceFile;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Parses the project's own fixtures and, where present, the shared samples. */
final class MergeFixtures {

    static final AgentParser PARSER = new AgentParser(Vocabulary.builtIn());
    static final Merger MERGER = new Merger(Vocabulary.builtIn(), MergePolicy.DEFAULT);

    private MergeFixtures() {
    }

    static AgentDocument fixture(String name) {
        try (InputStream in = MergeFixtures.class.getResourceAsStream("/merge/" + name)) {
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AgentDocument parse(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PARSER.parse(SourceFile.of(Path.of(name), name, bytes), bytes.length);
    }

    static List<AgentDocument> readAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return parse(p.getFileName().toString(), Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(AgentDocument::loads).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
