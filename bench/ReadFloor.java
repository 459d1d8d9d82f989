import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The least any JVM linter must do for `validate DIR`: start, find the .md files, read and decode each on all cores,
 * and print one line. No options, no YAML, no rules, no report. bench/validate-bench.sh times it with agentctl's JVM
 * flags beside agentctl, so that the table shows how much of agentctl's time is this floor.
 */
public final class ReadFloor {
    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        long lines = files.parallelStream().mapToLong(ReadFloor::countLines).sum();
        System.out.println(files.size() + " files, " + lines + " lines");
    }

    private static long countLines(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.lines().count(); // touch every character once, as any check of the text must
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
