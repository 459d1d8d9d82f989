package dev.agentctl.parse;

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
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds agent files as Claude Code does in an agents directory: recursively, hidden files included, symlinks
 * followed (each file and directory read once, loops cut), only names ending in lower-case {@code .md}. A file
 * named on the command line is read whatever its extension. Problems (a missing path, an unreadable directory) are
 * collected, never thrown, so one bad path does not hide the rest.
 */
public final class FileDiscovery {

    /** Something discovery could not read; reported, never skipped silently. */
    public record Problem(String displayPath, String message) {
    }

    public record Result(List<AgentFile> files, List<Problem> problems) {
    }

    private FileDiscovery() {
    }

    /** @param include decides, by display path, which directory entries to keep (configuration globs) */
    public static Result discover(List<Path> roots, Path workingDir, Predicate<String> include) {
        return discover(roots, workingDir, include, dir -> true);
    }

    /**
     * The same, entering below each root only the folders {@code enter} accepts (a root itself is always read).
     */
    public static Result discover(List<Path> roots, Path workingDir, Predicate<String> include, Predicate<Path> enter) {
        List<AgentFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Path root : roots) {
            String rootDisplay = display(root, workingDir);
            if (!Files.exists(root)) {
                problems.add(new Problem(rootDisplay, Files.exists(root, LinkOption.NOFOLLOW_LINKS)
                        ? brokenLink(root) : "does not exist"));
            } else if (Files.isDirectory(root)) {
                walk(root, workingDir, include, enter, files, problems, seen);
            } else if (seen.add(identity(root))) {
                files.add(new AgentFile(root, rootDisplay, sortKey(root), true));
            }
        }
        files.sort(Comparator.comparing(AgentFile::displayPath));
        return new Result(List.copyOf(files), List.copyOf(problems));
    }

    private static void walk(Path root, Path workingDir, Predicate<String> include, Predicate<Path> enter,
                             List<AgentFile> files, List<Problem> problems, Set<Object> seen) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && !enter.test(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return seen.add(key(dir, attrs)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = file.getFileName().toString();
                            if (name.endsWith(".md") && !attrs.isDirectory()) {
                                String shown = display(file, workingDir);
                                if (include.test(shown) && seen.add(key(file, attrs))) {
                                    files.add(new AgentFile(file, shown, sortKey(file), false));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (file.getFileName() != null && file.getFileName().toString().endsWith(".md")
                                    || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                                problems.add(new Problem(display(file, workingDir), describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(display(root, workingDir), describe(e)));
        }
    }

    private static Object key(Path path, BasicFileAttributes attrs) {
        Object key = attrs.fileKey();
        return key != null ? key : path.toAbsolutePath().normalize();
    }

    private static Object identity(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return key != null ? key : path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Why a symbolic link leads to no file: nothing at its end, or a chain of links that comes back to itself. */
    static String brokenLink(Path link) {
        Set<Path> passed = new HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!passed.add(at)) {
                    return "is a symbolic link that leads back to itself";
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException e) {
            return "is a symbolic link that cannot be followed: " + describe(e);
        }
        return "is a symbolic link to nothing";
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (kind.equals("AccessDeniedException")) {
            return "cannot be read: permission denied";
        }
        if (kind.equals("NoSuchFileException")) {
            return "disappeared while it was being read";
        }
        String message = e.getMessage();
        return "cannot be read: " + (message == null ? kind : message);
    }

    private static String sortKey(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    public static String display(Path path, Path workingDir) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        String shown = abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : path.toString();
        return shown.replace('\\', '/');
    }
}
