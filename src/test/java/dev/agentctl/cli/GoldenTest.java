package dev.agentctl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole commands against expected output: each directory under {@code src/test/resources/golden/} holds {@code args}
 * (one argument a line), optionally {@code stdin}, and the expected {@code stdout}, {@code stderr} and {@code exit}. Run with
 * {@code -Dagentctl.golden.update=true} to rewrite the expectations, then review them as a diff.
 */
class GoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("agentctl.golden.update");

    @TestFactory
    Stream<DynamicTest> commandsPrintWhatTheGoldenFilesSay() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(GOLDEN)) {
            for (Path dir : cases.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
            }
        }
        return tests.stream();
    }

    private static void check(Path dir) throws IOException {
        List<String> args = Files.readAllLines(dir.resolve("args")).stream().filter(a -> !a.isEmpty()).toList();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path stdin = dir.resolve("stdin");
        int exit;
        try {
            StdinOptions.in = Files.exists(stdin) ? Files.newInputStream(stdin) : InputStream.nullInputStream();
            exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        } finally {
            StdinOptions.in.close();
            StdinOptions.in = System.in;
        }
        String stdout = out.toString().replace("\r\n", "\n");
        String stderr = err.toString().replace("\r\n", "\n");
        if (UPDATE) {
            Files.writeString(dir.resolve("stdout"), stdout, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("stderr"), stderr, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("exit"), exit + "\n");
            return;
        }
        assertEquals(Files.readString(dir.resolve("exit")).strip(), Integer.toString(exit), "exit code of " + dir);
        assertEquals(Files.readString(dir.resolve("stdout")), stdout, "stdout of " + dir);
        assertEquals(Files.readString(dir.resolve("stderr")), stderr, "stderr of " + dir);
    }
}
