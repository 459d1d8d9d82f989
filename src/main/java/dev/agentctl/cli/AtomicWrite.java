package dev.agentctl.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes a file all at once, for {@code fix} and {@code merge --out}: the bytes go to a temporary file beside it, on
 * disk before it is renamed over the target, so a reader (or a crash, a full disk) sees the old file or the whole new
 * one, never half of each. A symbolic link is followed and its target replaced, so the link stays a link. Errors
 * carry the system's reason alone; the temporary file's name would only puzzle.
 */
final class AtomicWrite {

    private AtomicWrite() {
    }

    /**
     * Replaces an existing file.
     *
     * @param expected the bytes the file must still hold; when it changed since it was read, nothing is written
     */
    static void replace(Path file, byte[] expected, byte[] content) throws IOException {
        Path target = file.toRealPath();
        if (!Arrays.equals(Files.readAllBytes(target), expected)) {
            throw new IOException("changed on disk while agentctl was fixing it; not written");
        }
        write(target, content);
    }

    /** Creates or replaces a file; a new one gets rw-r--r--, a replaced one keeps its permissions. */
    static void write(Path file, byte[] content) throws IOException {
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".agentctl.tmp");
            try {
                Files.write(temp, content);
                try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    written.force(true);
                }
                copyPermissions(target, temp);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IOException(e.getReason() != null ? e.getReason() : e.getMessage(), e);
        }
    }

    /** A temporary file is private (rw-------); the result gets the replaced file's permissions, or rw-r--r--. */
    private static void copyPermissions(Path target, Path temp) throws IOException {
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }
}
