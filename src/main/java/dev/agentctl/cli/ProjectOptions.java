package dev.agentctl.cli;

import dev.agentctl.config.Config;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.project.Invocation;
import dev.agentctl.project.ProjectModel;
import dev.agentctl.rules.ProjectFacts;
import dev.agentctl.rules.RuleInfo;
import dev.agentctl.rules.load.NotAnAgent;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** Options that choose which files of a repository are checked: those Claude Code loads as agents. */
public final class ProjectOptions {

    @Option(names = "--user", description = "Check the user's agents too (~/.claude/agents, or $CLAUDE_CONFIG_DIR/agents).")
    boolean user;

    @Option(names = "--no-ignore",
            description = "Search folders that .gitignore, .git/info/exclude or the configuration's exclude leave out.")
    boolean noIgnore;

    @Option(names = "--allow-empty", description = "Exit 0 when the paths hold no agent file (default: exit 2, as for a mistyped path).")
    boolean allowEmpty;

    /** The project model for these paths: the files to check, with their scope, and what else it found. */
    ProjectModel.Result model(List<Path> paths, InputOptions input) {
        Path cwd = Path.of("").toAbsolutePath();
        Config config = input.config();
        Path userAgents = null;
        if (user) {
            Path configDir = Invocation.defaultConfigDir(Invocation.defaultHome());
            userAgents = configDir == null ? null : configDir.resolve("agents");
        }
        ProjectModel.Result found = ProjectModel.of(paths, cwd,
                new ProjectModel.Options(userAgents, !noIgnore, noIgnore ? p -> false : config::excludes));
        List<dev.agentctl.parse.AgentFile> selected = found.files().stream()
                .filter(f -> f.explicit() || config.includes(f.path())).toList();
        return new ProjectModel.Result(selected, found.problems(), found.findings(), found.skills(), found.located());
    }

    static ProjectFacts facts(ProjectModel.Result model) {
        return new ProjectFacts(model.findings(), model.skills(), model.located());
    }

    /** Stops a run over paths that hold no agent at all: a mistyped CI path must not pass green. */
    void requireAgents(ProjectModel.Result model, List<Path> paths) {
        if (!allowEmpty && model.files().isEmpty() && model.findings().isEmpty() && model.problems().isEmpty()) {
            throw new UserError("no agent files in " + String.join(", ", paths.stream().map(Path::toString).toList())
                    + " (no .claude/agents/ folder, plugin or *.md file, apart from what git ignores: --no-ignore reads those); "
                    + "use --allow-empty to accept that");
        }
    }

    /**
     * The same once the files are linted: paths whose every file is plainly not an agent (docs, skills, commands,
     * markdown without frontmatter) hold no agent either, so a CI step pointed at the wrong root still fails.
     */
    void requireAgents(ProjectModel.Result model, List<Path> paths, List<Diagnostic> diagnostics) {
        if (allowEmpty || model.files().isEmpty() || !model.findings().isEmpty()
                || model.files().stream().anyMatch(AgentFile::explicit)) {
            return;
        }
        String notAnAgent = NotAnAgent.class.getAnnotation(RuleInfo.class).id();
        Set<String> notAgents = diagnostics.stream().filter(d -> d.ruleId().equals(notAnAgent))
                .map(Diagnostic::file).collect(Collectors.toSet());
        if (model.files().stream().allMatch(f -> notAgents.contains(f.displayPath()))) {
            throw new UserError("no agent files in " + String.join(", ", paths.stream().map(Path::toString).toList())
                    + ": none of its " + model.files().size() + " markdown files is an agent (" + notAnAgent
                    + " not-an-agent on each: agentctl rules " + notAnAgent + "); use --allow-empty to accept that");
        }
    }
}
