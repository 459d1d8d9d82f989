package dev.agentctl.config;

import dev.agentctl.diag.Severity;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's {@code .agentctl.yaml}: rule severities, extra tool names, and which files to check. Globs are
 * matched against paths relative to the directory holding the file, so a configuration means the same from any
 * working directory. Immutable.
 *
 * @param file       where it was read from, or null for the empty configuration
 * @param severities per rule id, its severity, or null for a rule turned off
 * @param knownTools tool names to accept besides Claude Code's own (MCP tools, say)
 * @param include    globs a discovered file must match one of (all files when empty)
 * @param exclude    globs a discovered file must match none of
 */
public record Config(Path file, Map<String, Severity> severities, List<String> knownTools,
                     List<String> include, List<String> exclude) {

    public static final Config NONE = new Config(null, Map.of(), List.of(), List.of(), List.of());

    public Config {
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        knownTools = List.copyOf(knownTools);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Whether a file found in a directory is checked; files named on the command line always are, as in ruff. */
    public boolean includes(Path path) {
        if (file == null || include.isEmpty() && exclude.isEmpty()) {
            return true;
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        Path abs = path.toAbsolutePath().normalize();
        if (!abs.startsWith(base)) {
            return include.isEmpty();
        }
        Path relative = base.relativize(abs);
        return (include.isEmpty() || matchesAny(include, relative)) && !matchesAny(exclude, relative);
    }

    /** Whether the configuration's {@code exclude} covers this path (a folder, when the repository is searched). */
    public boolean excludes(Path path) {
        if (file == null || exclude.isEmpty()) {
            return false;
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) && matchesAny(exclude, base.relativize(abs));
    }

    private static boolean matchesAny(List<String> globs, Path relative) {
        for (String glob : globs) {
            PathMatcher m = matcher(glob);
            PathMatcher topLevel = glob.startsWith("**/") ? matcher(glob.substring(3)) : m;
            // A glob that names a directory covers everything under it, as in ruff and eslint.
            for (int n = 1; n <= relative.getNameCount(); n++) {
                Path prefix = relative.subpath(0, n);
                if (m.matches(prefix) || topLevel.matches(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }
}
