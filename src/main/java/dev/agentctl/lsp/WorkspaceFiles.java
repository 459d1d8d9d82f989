package dev.agentctl.lsp;

import dev.agentctl.config.Config;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.FileDiscovery;
import java.nio.file.Path;
import java.util.List;

/**
 * Which files of the workspace are agents, and how reports name them: today, what {@code agentctl validate ROOT}
 * checks when run in the workspace root. The one place to change when agentctl learns Claude Code's scopes and
 * plugins (the project model).
 */
final class WorkspaceFiles {

    private WorkspaceFiles() {
    }

    static List<AgentFile> find(Path root, Config config) {
        return find(root, root, config);
    }

    /** The agent files under one directory of the workspace, named as from the workspace root. */
    static List<AgentFile> find(Path dir, Path root, Config config) {
        return FileDiscovery.discover(List.of(dir), root, shown -> config.includes(root.resolve(shown))).files();
    }

    /** Whether a file found on disk (created or changed) takes part in the project rules. */
    static boolean isMember(Path file, Path root, Config config) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.getFileName() != null && abs.getFileName().toString().endsWith(".md") && abs.startsWith(root)
                && config.includes(abs);
    }

    static AgentFile agentFile(Path file, Path root) {
        Path abs = file.toAbsolutePath().normalize();
        return new AgentFile(abs, display(abs, root), abs.toString(), false);
    }

    static String display(Path file, Path root) {
        return FileDiscovery.display(file, root);
    }

    static boolean isConfig(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(dev.agentctl.config.ConfigLoader.FILE_NAME);
    }
}
