package dev.agentctl.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a discovered file and parses it. A file over Claude Code's size limit is never read into memory; a path
 * that cannot be read becomes a document that says why, so that it is reported like any other problem.
 */
public final class AgentLoader {

    private final AgentParser parser;

    public AgentLoader(AgentParser parser) {
        this.parser = parser;
    }

    public AgentParser parser() {
        return parser;
    }

    public AgentDocument load(AgentFile file) {
        try {
            return read(file);
        } catch (IOException e) {
            return parser.unreadable(SourceFile.of(file.path(), file.displayPath(), ""), e.getMessage());
        }
    }

    private AgentDocument read(AgentFile file) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file.path(), BasicFileAttributes.class);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file.path())) {
                throw new IOException(FileDiscovery.brokenLink(file.path()), e);
            }
            throw new IOException(FileDiscovery.describe(e), e);
        }
        if (attrs.isDirectory()) {
            throw new IOException("is a directory, not a file");
        }
        if (!attrs.isRegularFile() && !Files.isRegularFile(file.path(), LinkOption.NOFOLLOW_LINKS) && !file.explicit()) {
            throw new IOException("is not a regular file");
        }
        int limit = parser.vocabulary().fileSizeLimit();
        if (attrs.isRegularFile() && attrs.size() > limit) {
            return parser.tooLarge(SourceFile.of(file.path(), file.displayPath(), ""), attrs.size());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file.path())) {
            // Read at most one byte past the limit: a file that grew, or a device, must not fill memory.
            bytes = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new IOException(FileDiscovery.describe(e), e);
        }
        if (bytes.length > limit) {
            return parser.tooLarge(SourceFile.of(file.path(), file.displayPath(), ""), bytes.length);
        }
        return parse(file.path(), file.displayPath(), bytes);
    }

    /** Bytes as read from a file at most the size limit long: decoded as Claude Code decodes them, then parsed. */
    public AgentDocument parse(Path path, String displayPath, byte[] bytes) {
        SourceFile source = SourceFile.of(path, displayPath, bytes);
        String encoding = ByteOrderMark.foreignEncoding(bytes);
        return encoding != null ? parser.foreignEncoding(source, bytes.length, encoding) : parser.parse(source, bytes.length);
    }
}
