package dev.agentctl.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * How Claude Code was started, as far as agent discovery depends on it.
 *
 * @param cwd            the working directory
 * @param home           the home directory: the walk up for project folders stops below it outside git
 * @param configDir      Claude Code's configuration folder ({@code $CLAUDE_CONFIG_DIR}, else {@code ~/.claude})
 * @param readUser       whether the user's agents are read at all
 * @param pluginDirs     {@code --plugin-dir} values, in order
 * @param addDirs        {@code --add-dir} values
 * @param agentsJson     the {@code --agents} JSON, or null
 * @param settingSources {@code --setting-sources} (user, project, local), or null for all
 * @param managedDir     the managed settings folder ({@code /etc/claude-code} on Linux)
 */
public record Invocation(Path cwd, Path home, Path configDir, boolean readUser, List<Path> pluginDirs,
                         List<Path> addDirs, String agentsJson, Set<String> settingSources, Path managedDir) {

    public Invocation {
        cwd = cwd.toAbsolutePath().normalize();
        home = home == null ? null : home.toAbsolutePath().normalize();
        configDir = configDir == null ? null : configDir.toAbsolutePath().normalize();
        pluginDirs = List.copyOf(pluginDirs);
        addDirs = List.copyOf(addDirs);
        settingSources = settingSources == null ? null : Set.copyOf(settingSources);
    }

    boolean reads(String source) {
        return settingSources == null || settingSources.contains(source);
    }

    /** Claude Code's configuration folder: {@code $CLAUDE_CONFIG_DIR}, else {@code .claude} in the home folder. */
    public static Path defaultConfigDir(Path home) {
        String configured = System.getenv("CLAUDE_CONFIG_DIR");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        return home == null ? null : home.resolve(".claude");
    }

    /** The home folder: {@code $HOME}, else the JVM's idea of it. */
    public static Path defaultHome() {
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        return home == null || home.isEmpty() ? null : Path.of(home);
    }

    /** The managed folder Claude Code reads on this operating system. */
    public static Path defaultManagedDir() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac")) {
            return Path.of("/Library/Application Support/ClaudeCode");
        }
        if (os.contains("win")) {
            return Path.of("C:\\Program Files\\ClaudeCode");
        }
        return Path.of("/etc/claude-code");
    }
}
