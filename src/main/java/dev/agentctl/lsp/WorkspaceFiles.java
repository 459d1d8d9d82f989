package dev.agentctl.lsp;

import dev.agentctl.config.Config;
import dev.agentctl.config.ConfigLoader;
import dev.agentctl.model.Origin;
import dev.agentctl.model.Scope;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.FileDiscovery;
import dev.agentctl.project.ProjectModel;
import dev.agentctl.rules.ProjectFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which files of the workspace are agents, with their place in the project, and what else the project model found
 * (manifest problems, skills): exactly what {@code agentctl validate ROOT} checks when run in the workspace root, taken
 * from the same {@link ProjectModel}. Immutable: a snapshot read by any thread, replaced as a whole when the files on
 * disk change.
 */
final class WorkspaceFiles {

    /** No workspace folder: every open markdown document is an agent, as files named to {@code validate} are. */
    static WorkspaceFiles none() {
        return new WorkspaceFiles(null, Map.of(), ProjectFacts.NONE, false, 0);
    }

    private final Path root;
    private final Map<Path, AgentFile> files;
    private final ProjectFacts facts;
    /** The root holds no agent location, so that it is read as one folder of agents (every {@code *.md}). */
    private final boolean folderOfAgents;
    /** When the model was read (epoch milliseconds): files modified since may be missing from it. */
    private final long readAt;
    /** Files checked on their own (outside the root, or without one), each with the place validate gives it. */
    private final Map<Path, AgentFile> named = new ConcurrentHashMap<>();

    private WorkspaceFiles(Path root, Map<Path, AgentFile> files, ProjectFacts facts, boolean folderOfAgents, long readAt) {
        this.root = root;
        this.files = files;
        this.facts = facts;
        this.folderOfAgents = folderOfAgents;
        this.readAt = readAt;
    }

    /**
     * The project model of the workspace root, as {@code validate ROOT} builds it run from the root: git's ignore
     * files, {@code node_modules/} and the configuration's {@code exclude} skipped in the search; plugins and
     * marketplaces read; the configuration's {@code include} applied to the files.
     */
    static WorkspaceFiles read(Path root, Config config) {
        if (root == null) {
            return none();
        }
        Path abs = root.toAbsolutePath().normalize();
        long readAt = System.currentTimeMillis();
        if (!Files.isDirectory(abs)) {
            // A folder that is gone (or not yet made): its documents are read as one folder of agents would be.
            return new WorkspaceFiles(abs, Map.of(), ProjectFacts.NONE, true, readAt);
        }
        ProjectModel.Result model = ProjectModel.of(List.of(abs), abs, new ProjectModel.Options(null, true, config::excludes));
        Map<Path, AgentFile> byPath = new HashMap<>();
        for (AgentFile f : model.files()) {
            if (f.explicit() || config.includes(f.path())) {
                byPath.put(f.path().toAbsolutePath().normalize(), f);
            }
        }
        return new WorkspaceFiles(abs, Map.copyOf(byPath), new ProjectFacts(model.findings(), model.skills(), model.located()),
                !model.located(), readAt);
    }

    /**
     * Whether a file on disk may have been written after the model was read (a second's margin for file systems
     * that keep coarse times), so that the model may not know it yet.
     */
    boolean newerThanModel(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() >= readAt - 1000;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    Path root() {
        return root;
    }

    /** The agent files on disk, by absolute path. */
    Map<Path, AgentFile> files() {
        return files;
    }

    ProjectFacts facts() {
        return facts;
    }

    /**
     * How an open document is checked: as the agent file the project model found at its path; as an agent named
     * on its own when it is a markdown file outside the workspace (or there is none); and, for a
     * file not yet on disk, as the file the model would find once it is saved. Null for a file of the workspace
     * that Claude Code does not load as an agent (a skill, a command, a doc, a manifest): it gets no findings
     * of its own.
     */
    AgentFile fileFor(Path path) {
        if (path == null) {
            return null;
        }
        Path abs = path.toAbsolutePath().normalize();
        AgentFile known = files.get(abs);
        if (known != null) {
            return known;
        }
        if (root == null || !abs.startsWith(root)) {
            // Named on its own, as to validate; a manifest or other file the client sends along is no agent.
            String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".md") ? named.computeIfAbsent(abs, this::named) : null;
        }
        if (Files.exists(abs) || !isMarkdown(abs)) {
            return null;
        }
        // Not saved yet: where the model would put it once it is on disk. Only in an agents folder the model read
        // (or the root's own), so that one under node_modules/ or an ignored folder stays out as it will on disk.
        for (Path d = abs.getParent(); d != null && d.startsWith(root); d = d.getParent()) {
            if (isSettingsFolder(d)) {
                String shown = display(d);
                boolean read = d.equals(root.resolve(".claude/agents")) || files.values().stream()
                        .anyMatch(f -> f.origin().scope() == Scope.PROJECT && f.origin().folder().equals(shown));
                return read ? new AgentFile(abs, display(abs), abs.toString(), false,
                        new Origin(Scope.PROJECT, shown, null, "", null)) : null;
            }
        }
        return folderOfAgents ? new AgentFile(abs, display(abs), abs.toString(), false) : null;
    }

    /**
     * A file named on its own, as {@code validate FILE} takes it: one of a plugin's agents is checked as the plugin
     * agent Claude Code loads (lenient), any other as an agent.
     */
    private AgentFile named(Path file) {
        AgentFile plain = new AgentFile(file, display(file), file.toString(), true);
        if (!Files.isRegularFile(file)) {
            return plain;
        }
        try {
            Path base = root != null ? root : Path.of("").toAbsolutePath().normalize();
            List<AgentFile> found = ProjectModel.of(List.of(file), base,
                    new ProjectModel.Options(null, false, p -> false)).files();
            return found.size() == 1 ? plain.withOrigin(found.get(0).origin()) : plain;
        } catch (RuntimeException e) {
            return plain;
        }
    }

    /** Whether a document takes part in the project rules with the files on disk (not one from outside the root). */
    boolean inProject(Path path) {
        return root == null || path != null && path.toAbsolutePath().normalize().startsWith(root);
    }

    String display(Path file) {
        return display(file, root != null ? root : Path.of("").toAbsolutePath().normalize());
    }

    static String display(Path file, Path base) {
        return FileDiscovery.display(file, base);
    }

    private static boolean isMarkdown(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".md");
    }

    private static boolean isSettingsFolder(Path dir) {
        Path parent = dir.getParent();
        return dir.getFileName().toString().equals("agents") && parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals(".claude");
    }

    static boolean isConfig(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(ConfigLoader.FILE_NAME);
    }
}
