import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The least any JVM linter must do for `validate DIR`: start, find the .md files, read and decode each on both cores,
 * and print one line. No options, no YAML, no rules, no report; plain loops and classes rather than streams and
 * lambdas, whose first use costs a fresh JVM some 40 ms. bench/validate-bench.sh times it with agentctl's JVM flags
 * beside agentctl, so that the table shows how much of agentctl's time is this floor.
 */
public final class ReadFloor {
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(Path.of(args[0]), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".md")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(files);
        AtomicInteger next = new AtomicInteger();
        AtomicLong lines = new AtomicLong();
        Runnable reader = new Runnable() {
            @Override
            public void run() {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    lines.addAndGet(countLines(files.get(i)));
                }
            }
        };
        Thread second = new Thread(reader);
        second.start();
        reader.run();
        second.join();
        System.out.println(files.size() + " files, " + lines.get() + " lines");
    }

    /** Decodes the file and touches every line, as any check of the text must. */
    private static long countLines(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            long lines = 0;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                lines++;
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
