package dev.agentctl.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * What git ignores below a folder: {@code .git/info/exclude} and every {@code .gitignore} from the top of the work
 * tree down, matched by JGit's implementation of git's rules. Immutable: entering a folder gives a new instance.
 */
final class IgnoreRules {

    /** The rules of one file, which apply to paths below {@code dir}. */
    private record Level(Path dir, IgnoreNode rules) {
    }

    static final IgnoreRules NONE = new IgnoreRules(List.of());

    private final List<Level> levels; // outermost first

    private IgnoreRules(List<Level> levels) {
        this.levels = levels;
    }

    /** The rules in force at {@code dir}: those of its work tree's top and of every folder between. */
    static IgnoreRules at(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path top = GitRepo.root(abs).orElse(abs);
        IgnoreRules rules = new IgnoreRules(List.of());
        Path exclude = top.resolve(".git/info/exclude");
        if (Files.isRegularFile(exclude)) {
            rules = rules.with(top, exclude);
        }
        rules = rules.enter(top);
        Path d = top;
        for (Path name : top.relativize(abs)) {
            if (!name.toString().isEmpty()) {
                d = d.resolve(name);
                rules = rules.enter(d);
            }
        }
        return rules;
    }

    /** These rules plus the folder's own {@code .gitignore}, if it has one. */
    IgnoreRules enter(Path dir) {
        Path file = dir.resolve(".gitignore");
        return Files.isRegularFile(file) ? with(dir, file) : this;
    }

    private IgnoreRules with(Path dir, Path file) {
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(file.toString(), in);
        } catch (IOException e) {
            return this; // an unreadable ignore file ignores nothing, as in git
        }
        List<Level> more = new ArrayList<>(levels);
        more.add(new Level(dir, node));
        return new IgnoreRules(List.copyOf(more));
    }

    /** Whether git ignores this path; the deepest file with a matching rule decides, as in git. */
    boolean ignores(Path path, boolean directory) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Level level = levels.get(i);
            if (!path.startsWith(level.dir()) || path.equals(level.dir())) {
                continue;
            }
            String relative = level.dir().relativize(path).toString().replace('\\', '/');
            Boolean ignored = level.rules().checkIgnored(relative, directory);
            if (ignored != null) {
                return ignored;
            }
        }
        return false;
    }
}
