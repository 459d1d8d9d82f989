package dev.agentctl.cli;

import dev.agentctl.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.FileDiscovery;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * agentctl on hostile input: each case is generated here, run through the whole command, and must end in bounded time
 * with a message a user understands and exit code 0, 1 or 2 — never a stack trace. {@code bench/hostile.sh} measures
 * the same inputs (time, memory) outside the tests.
 */
class HostileInputTest {

    /** Generous, so that a slow CI machine does not flake; a hang or an exponential blow-up still fails. */
    private static final long TIME_LIMIT_MS = 20_000;
    private static final String AGENT = "---\nname: hostile\ndescription: A hostile input\n";

    @TempDir
    Path dir;

    /** Set if YAML ever instantiates a class named in a tag. */
    static volatile boolean instantiated;

    public static final class Gadget {
        public Gadget() {
            instantiated = true;
        }
    }

    private static CliRun run(String... args) {
        long start = System.nanoTime();
        CliRun r = CliRun.of(args);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < TIME_LIMIT_MS, "took " + ms + " ms");
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
        return r;
    }

    private Path agent(String name, String frontmatterLines) throws IOException {
        return Files.writeString(dir.resolve(name), AGENT + frontmatterLines + "---\nYou are an agent.\n");
    }

    @Test
    void billionLaughsIsRejectedInBoundedTime() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String level : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = level;
        }
        Path file = agent("laughs.md", yaml.toString());
        var doc = new AgentLoader(new AgentParser(Vocabulary.builtIn())).parse(file, "laughs.md", Files.readAllBytes(file));
        assertTrue(doc.frontmatter().strictError().message().contains("alias bomb"), doc.frontmatter().strictError().message());
        CliRun r = run("validate", file.toString());
        assertEquals(0, r.exit()); // Claude Code's repair turns each line into a quoted string, and the agent loads
        assertTrue(r.out().contains("AG012"), r.out());
    }

    @Test
    void deepNestingIsInvalidYaml() throws IOException {
        StringBuilder yaml = new StringBuilder("x:\n");
        for (int i = 0; i < 1300; i++) {
            yaml.append(" ".repeat(i + 1)).append('k').append(i).append(":\n");
        }
        CliRun r = run("validate", agent("deep.md", yaml.toString()).toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("nested too deeply") && r.out().contains("AG003"), r.out());
    }

    @Test
    void deepFlowNestingAndHugeScalarsAndManyKeysEndInBoundedTime() throws IOException {
        Path flow = agent("flow.md", "x: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");
        Path scalar = agent("scalar.md", "long: " + "x".repeat(900_000) + "\n");
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            keys.append('k').append(i).append(": v\n");
        }
        Path many = agent("keys.md", keys.toString());
        for (Path file : List.of(flow, scalar, many)) {
            assertEquals(0, run("validate", "--disable", "unknown-key", file.toString()).exit(), file.toString());
        }
    }

    @Test
    void tagsNeverInstantiateAnything() throws IOException {
        Path file = agent("tags.md", "x: !!dev.agentctl.cli.HostileInputTest$Gadget {}\n"
                + "y: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
        CliRun r = run("inspect", file.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("loaded"), r.out());
        assertFalse(instantiated);
    }

    @Test
    void mergeKeysMergeAsClaudeCodesYamlReaderDoes() throws IOException {
        CliRun r = run("inspect", agent("merge-key.md", "<<: {model: opus}\n").toString());
        assertTrue(r.out().contains("model:       opus"), r.out());
    }

    @Test
    void anAnchorDoesNotReachIntoTheNextDocument() throws IOException {
        CliRun r = run("validate", agent("documents.md", "x: &x 1\n...\ny: *x\n").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("AG003"), r.out());
    }

    @Test
    void encodingsAndBinaryDataAreReported() throws IOException {
        byte[] utf16 = (AGENT + "---\nBody\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] marked = new byte[utf16.length + 2];
        marked[0] = (byte) 0xFF;
        marked[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, marked, 2, utf16.length);
        Files.write(dir.resolve("utf16.md"), marked);
        CliRun wide = run("validate", dir.resolve("utf16.md").toString());
        assertEquals(1, wide.exit());
        assertTrue(wide.out().contains("UTF-16LE") && wide.out().contains("AG036"), wide.out());

        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        binary[10] = 0;
        Files.write(dir.resolve("binary.md"), binary);
        CliRun bin = run("validate", dir.resolve("binary.md").toString());
        assertEquals(0, bin.exit());
        assertTrue(bin.out().contains("AG037") && bin.out().contains("AG035"), bin.out());

        Files.write(dir.resolve("latin1.md"), (AGENT.replace("hostile input", "caf\u00e9") + "---\nBody\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun latin = run("validate", dir.resolve("latin1.md").toString());
        assertEquals(0, latin.exit());
        assertTrue(latin.out().contains("not valid UTF-8") && latin.out().contains("AG037"), latin.out());
    }

    @Test
    void aOneGibFileIsNeverRead() throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }
        CliRun r = run("validate", dir.resolve("huge.md").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("1073741824 bytes, over Claude Code's limit") && r.out().contains("AG010"), r.out());
    }

    @Test
    void aDirectoryNamedLikeAnAgentIsSearchedNotRead() throws IOException {
        Files.createDirectories(dir.resolve("x.md"));
        agent("x.md/inner.md", "");
        CliRun r = run("inspect", dir.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("x.md/inner.md: loaded"), r.out());
    }

    @Test
    void symlinkLoopsEndAndAreNamed() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/up"), dir);
        Files.createSymbolicLink(dir.resolve("self.md"), dir.resolve("self.md"));
        agent("real.md", "");
        CliRun r = run("validate", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("self.md") && r.out().contains("leads back to itself"), r.out());
        assertTrue(r.err().contains("Checked 2 files"), r.err());
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads files without read permission");
        Path file = agent("locked.md", "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        CliRun r = run("validate", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("permission denied"), r.out());
    }

    @Test
    void aFileDeletedAfterDiscoveryIsReported() throws IOException {
        Path file = agent("gone.md", "");
        AgentFile found = FileDiscovery.discover(List.of(dir), dir, p -> true).files().get(0);
        Files.delete(file);
        var doc = new AgentLoader(new AgentParser(Vocabulary.builtIn())).load(found);
        assertEquals("disappeared while it was being read", doc.reason());
    }

    @Test
    void stdoutClosedEarlyEndsQuietly() throws IOException {
        for (int i = 0; i < 200; i++) {
            agent("a" + i + ".md", "tools: MultiEdit\n");
        }
        OutputStream closedAfterALine = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 80) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"validate", dir.toString()}, new PrintWriter(closedAfterALine), new PrintWriter(err));
        assertEquals(0, exit);
        assertFalse(err.toString().contains("agentctl:"), err.toString());
    }

    @Test
    void mergeOutThatCannotBeReplacedLeavesItIntactAndExits2() throws IOException {
        Path first = agent("one.md", "");
        Path target = Files.createDirectories(dir.resolve("out.md"));
        Files.writeString(target.resolve("keep"), "kept");
        CliRun r = run("merge", first.toString(), "--out", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("agentctl: cannot write " + target + ": "), r.err());
        assertEquals("kept", Files.readString(target.resolve("keep")));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void mergeOutIntoAReadOnlyDirectoryLeavesTheFileIntact() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only directories");
        Path first = agent("one.md", "");
        Path out = Files.createDirectories(dir.resolve("ro"));
        Path target = Files.writeString(out.resolve("profile.md"), "original");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliRun r = run("merge", first.toString(), "--out", target.toString());
            assertEquals(2, r.exit());
            assertEquals("agentctl: cannot write " + target + ": permission denied\n", r.err());
            assertEquals("original", Files.readString(target));
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
