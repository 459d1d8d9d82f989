package dev.agentctl.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code agentctl fix} leaves on disk: the fixed bytes only, BOM and CRLF kept, links and modes intact. */
class FixWriteTest {

    @Test
    void writesOnlyTheFixedSpansKeepingBomCrlfModeAndLinks(@TempDir Path dir) throws IOException {
        Path crlf = dir.resolve("crlf.md");
        Files.writeString(crlf, "---\r\nname: a\r\ndescription: Old\r\ndescription: New\r\ntools: Task\r\n---\r\nBody\r\n");
        Path bom = dir.resolve("real/bom.md");
        Files.createDirectories(bom.getParent());
        Files.write(bom, ("\uFEFF---\nname: b\ndescription: Use when: asked\n---\nBody").getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(bom, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), bom);
        Path clean = dir.resolve("clean.md");
        Files.writeString(clean, "---\nname: c\ndescription: Fine\n---\n");
        long cleanModified = Files.getLastModifiedTime(clean).toMillis();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"fix", crlf.toString(), link.toString(), clean.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertEquals(0, exit, err::toString);
        assertEquals("---\r\nname: a\r\ndescription: New\r\ntools: Agent\r\n---\r\nBody\r\n", Files.readString(crlf));
        assertArrayEquals(("\uFEFF---\nname: b\ndescription: 'Use when: asked'\n---\nBody").getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(bom));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(bom)));
        assertEquals(cleanModified, Files.getLastModifiedTime(clean).toMillis(), "a file with nothing to fix is not written");
        try (Stream<Path> left = Files.walk(dir)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
        assertTrue(err.toString().startsWith("Fixed 3 problems in 2 files"), err::toString);
    }
}
