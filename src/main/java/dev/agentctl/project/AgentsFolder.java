package dev.agentctl.project;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files Claude Code reads from one agents folder (spec §1.2, §1.3). Neither {@code .gitignore} nor hidden names
 * matter here: Claude Code loads ignored and hidden files, and {@code node_modules/} inside the folder too.
 */
public final class AgentsFolder {

    /** How a kind of folder is read. */
    public enum Kind {
        /** {@code .claude/agents/} of a project, the user or managed settings: {@code .md} exactly, links followed. */
        SETTINGS,
        /** A plugin's {@code agents/}: {@code .md} in any case, symbolic links silently ignored. */
        PLUGIN
    }

    private AgentsFolder() {
    }

    /**
     * The candidate files under {@code folder}, in the order Claude Code settles same-named agents by: full paths
     * sorted by UTF-16 code unit (for plugins the real order is the directory's, which nobody can predict). A
     * broken link with an agent's name is kept, so that it is reported rather than skipped without a word.
     */
    public static List<Path> files(Path folder, Kind kind) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        boolean plugin = kind == Kind.PLUGIN;
        Set<Object> seenDirs = new HashSet<>();
        // A plugin's agents/ that is itself a link is followed (links inside it are not): walked through "agents/.",
        // so that the files keep their path under the plugin.
        Path start = plugin && Files.isSymbolicLink(folder) ? folder.resolve(".") : folder;
        try {
            Files.walkFileTree(start, plugin ? EnumSet.noneOf(FileVisitOption.class) : EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            Object key = attrs.fileKey() != null ? attrs.fileKey() : dir.toAbsolutePath().normalize();
                            return seenDirs.add(key) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isDirectory() || plugin && attrs.isSymbolicLink()) {
                                return FileVisitResult.CONTINUE; // plugin folders: links are not followed at all
                            }
                            // Otherwise a link seen as a link leads nowhere: kept, so that it is reported.
                            if (isCandidate(file.getFileName().toString(), kind)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!(e instanceof FileSystemLoopException) && file.getFileName() != null
                                    && isCandidate(file.getFileName().toString(), kind)
                                    && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // An unreadable folder gives what was read before the failure; Claude Code gives up on it likewise.
        }
        if (start != folder) {
            found.replaceAll(Path::normalize);
        }
        found.sort(Comparator.comparing(p -> p.toAbsolutePath().normalize().toString()));
        return found;
    }

    static boolean isCandidate(String fileName, Kind kind) {
        return kind == Kind.PLUGIN ? fileName.toLowerCase(Locale.ROOT).endsWith(".md") : fileName.endsWith(".md");
    }
}
