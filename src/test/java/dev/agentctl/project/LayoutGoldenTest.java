package dev.agentctl.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentctl.cli.Main;
import java.io.IOException;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole repositories as users keep them (agents beside skills, commands, docs, plugins, ignored and vendored
 * folders), against reviewed output. Each folder under {@code src/test/resources/layouts/} holds {@code tree.txt}
 * (files, each after a {@code === path} line: a tree in one file, so that git's own ignore rules cannot drop parts
 * of it), {@code args} ({@code {root}} is the built tree) and the expected {@code stdout}, {@code stderr} and
 * {@code exit}, rewritten with {@code -Dagentctl.golden.update=true}.
 */
class LayoutGoldenTest {

    private static final Path LAYOUTS = Path.of("src/test/resources/layouts");
    private static final boolean UPDATE = Boolean.getBoolean("agentctl.golden.update");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> repositoriesGiveFindingsOnlyOnAgentFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(LAYOUTS)) {
            for (Path dir : cases.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
            }
        }
        return tests.stream();
    }

    private void check(Path dir) throws IOException {
        Path root = tmp.resolve(dir.getFileName().toString());
        build(dir.resolve("tree.txt"), root);
        List<String> args = Files.readAllLines(dir.resolve("args")).stream().filter(a -> !a.isEmpty())
                .map(a -> a.replace("{root}", root.toString())).toList();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String stdout = out.toString().replace(root.toString(), "{root}");
        String stderr = err.toString().replace(root.toString(), "{root}");
        if (UPDATE) {
            Files.writeString(dir.resolve("stdout"), stdout, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("stderr"), stderr, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("exit"), exit + "\n");
            return;
        }
        assertEquals(Files.readString(dir.resolve("stdout")), stdout, "stdout of " + dir);
        assertEquals(Files.readString(dir.resolve("stderr")), stderr, "stderr of " + dir);
        assertEquals(Files.readString(dir.resolve("exit")).strip(), Integer.toString(exit), "exit code of " + dir);
    }

    /** Writes the files of a {@code tree.txt} under {@code root}. */
    static void build(Path tree, Path root) throws IOException {
        String path = null;
        StringBuilder content = new StringBuilder();
        for (String line : Files.readAllLines(tree, StandardCharsets.UTF_8)) {
            if (line.startsWith("=== ")) {
                write(root, path, content);
                path = line.substring(4).strip();
                content.setLength(0);
            } else {
                content.append(line).append('\n');
            }
        }
        write(root, path, content);
        Files.createDirectories(root.resolve(".git")); // the top of a work tree, as in a clone
    }

    private static void write(Path root, String path, CharSequence content) throws IOException {
        if (path == null) {
            return;
        }
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
