package dev.agentctl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared reference files (spec cases, samples, corpus) as seeds for the fuzz targets' regression runs. They are
 * read where they lie, never copied into the repository; without {@code ../shared} the tests that use them are
 * skipped.
 */
public final class FuzzSeeds {

    private FuzzSeeds() {
    }

    /** Every agent file under {@code spec/cases}, {@code seeds} and {@code corpus/files}. */
    public static Stream<Path> sharedAgentFiles() {
        return Stream.of("spec/cases", "seeds", "corpus/files").flatMap(sub -> agentFiles(SharedData.require(sub)));
    }

    /** The versions of one agent kept for merging, in path order. */
    public static List<Path> sharedVariants() {
        return agentFiles(SharedData.require("corpus/backend-architect")).toList();
    }

    private static Stream<Path> agentFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                    .filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
