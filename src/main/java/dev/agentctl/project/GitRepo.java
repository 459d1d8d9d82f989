package dev.agentctl.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The git facts Claude Code's agent discovery depends on: the top of the work tree, and a linked worktree's main checkout. */
final class GitRepo {

    private GitRepo() {
    }

    /** The nearest directory at or above {@code dir} holding a {@code .git} folder or file. */
    static Optional<Path> root(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The main checkout of a linked worktree: its {@code .git} is a file naming {@code <main>/.git/worktrees/<w>},
     * whose {@code commondir} leads back to {@code <main>/.git}. Empty for an ordinary checkout.
     */
    static Optional<Path> mainCheckout(Path root) {
        Path dotGit = root.resolve(".git");
        if (!Files.isRegularFile(dotGit)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(dotGit).strip();
            if (!line.startsWith("gitdir:")) {
                return Optional.empty();
            }
            Path gitDir = root.resolve(line.substring("gitdir:".length()).strip()).normalize();
            Path common = gitDir;
            Path commonFile = gitDir.resolve("commondir");
            if (Files.isRegularFile(commonFile)) {
                common = gitDir.resolve(Files.readString(commonFile).strip()).normalize();
            }
            Path main = common.getFileName() != null && common.getFileName().toString().equals(".git") ? common.getParent() : null;
            return main == null || main.equals(root) ? Optional.empty() : Optional.of(main);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
