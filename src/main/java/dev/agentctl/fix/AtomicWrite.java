package dev.agentctl.fix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file beside it, which is then moved over
 * it, so a reader (or a crash) sees the old file or the new one, never half of each. A symbolic link is followed and
 * its target replaced, so the link stays a link.
 */
public final class AtomicWrite {

    private AtomicWrite() {
    }

    /**
     * @param expected the bytes the file must still hold; when it changed since it was read, nothing is written
     */
    public static void replace(Path file, byte[] expected, byte[] content) throws IOException {
        Path target = file.toRealPath();
        if (!Arrays.equals(Files.readAllBytes(target), expected)) {
            throw new IOException("changed on disk while agentctl was fixing it; not written");
        }
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".agentctl.tmp");
        try {
            Files.write(temp, content);
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                Files.getFileAttributeView(temp, PosixFileAttributeView.class)
                        .setPermissions(posix.readAttributes().permissions());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot be written: permission denied", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
