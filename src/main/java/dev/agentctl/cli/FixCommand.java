package dev.agentctl.cli;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.fix.FileFix;
import dev.agentctl.fix.Fixer;
import dev.agentctl.fix.UnifiedDiff;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.project.ProjectModel;
import dev.agentctl.report.SafeText;
import dev.agentctl.rules.Linter;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Applies the safe fixes: lint, fix, re-lint until nothing fixable is left, then write each changed file at once. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        header = "Apply the safe fixes, changing nothing Claude Code loads.",
        description = "Apply the safe fixes to agent files. A fix changes only its own span of the file (every other "
                + "byte, line endings and byte order mark included, stays as it was) and never what Claude Code "
                + "loads: the same outcome, name, description, tools (legacy aliases resolved), model, colour and "
                + "prompt. A file whose fixed version would load differently is left alone and reported.",
        footerHeading = "%nExamples:%n",
        footer = {"  agentctl fix .claude/agents/           fix every agent under the directory",
                "  agentctl fix --dry-run agents/         show the changes as a unified diff, change nothing",
                "  agentctl fix --dry-run . | git apply   the same changes, applied by git",
                "  agentctl fix - < draft.md > fixed.md   fix standard input, print the result",
                "",
                "Exit status:",
                "  0  done (or, with --dry-run, nothing to change)",
                "  1  with --dry-run: there are changes to make; or a file could not be fixed safely",
                "  2  usage, configuration or I/O trouble"})
public final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    ProjectOptions project;

    @Mixin
    StdinOptions stdin;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Agent files, or directories searched recursively for *.md files (default: the working "
                    + "directory); - reads one file from standard input and prints it, fixed, on standard output.")
    List<Path> paths = List.of(Path.of("."));

    @Option(names = "--dry-run", description = "Print the changes as a unified diff instead of writing them.")
    boolean dryRun;

    @Override
    public Integer call() {
        Vocabulary vocabulary = input.vocabulary();
        AgentParser parser = new AgentParser(vocabulary);
        Fixer fixer = new Fixer(new Linter(vocabulary, input.config().severities()), parser);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (stdin.requested(paths)) {
            return fixStdin(fixer, new AgentLoader(parser), out, err);
        }
        ProjectModel.Result found = project.model(paths, input);
        if (InputOptions.reportProblems(found.problems(), err)) {
            return ExitCode.TROUBLE;
        }
        project.requireAgents(found, paths);
        // Only agent files are rewritten: a skill or a command that sits in a named folder is left alone.
        List<AgentFile> agents = found.files().stream().filter(f -> f.origin().lookalike() == null).toList();
        List<FileFix> results = input.scanner(vocabulary).scan(agents, (file, doc) -> fixer.fix(doc));
        int fixedFiles = 0;
        int fixedProblems = 0;
        int refused = 0;
        for (FileFix result : results) {
            if (!result.changed()) {
                continue;
            }
            if (result.refused()) {
                err.println("agentctl: " + SafeText.inline(result.displayPath() + " not fixed: " + result.refusal()));
                refused++;
                continue;
            }
            if (dryRun) {
                String shown = SafeText.inline(result.displayPath());
                out.print(UnifiedDiff.of("a/" + shown, "b/" + shown,
                        new String(result.originalBytes(), StandardCharsets.UTF_8),
                        new String(result.fixedBytes(), StandardCharsets.UTF_8)));
            } else {
                write(result);
                for (Diagnostic d : result.applied()) {
                    out.println(SafeText.lineStart(result.displayPath()) + ":" + d.location().lineColumn() + ": fixed "
                            + d.ruleId() + " " + d.ruleName() + " (" + SafeText.inline(d.fix().description()) + ")");
                }
            }
            fixedFiles++;
            fixedProblems += result.applied().size();
        }
        out.flush();
        err.println((dryRun ? "Would fix " : "Fixed ") + plural(fixedProblems, "problem") + " in "
                + plural(fixedFiles, "file") + " (" + plural(results.size(), "file") + " checked).");
        boolean pending = dryRun && fixedFiles > 0;
        return pending || refused > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /**
     * Standard input, fixed, on standard output (as an editor's format-on-save wants it); with {@code --dry-run} the
     * diff instead. A file that cannot be fixed safely is printed as it came, and reported.
     */
    private int fixStdin(Fixer fixer, AgentLoader loader, PrintWriter out, PrintWriter err) {
        FileFix result = fixer.fix(stdin.read(loader, true));
        // All of standard input, also when it is too large to parse: what is not fixed goes back as it came.
        String original = new String(stdin.bytes(), StandardCharsets.UTF_8);
        boolean fixed = result.changed() && !result.refused();
        if (result.refused()) {
            err.println("agentctl: " + SafeText.inline(result.displayPath() + " not fixed: " + result.refusal()));
        }
        if (dryRun) {
            if (fixed) {
                String shown = SafeText.inline(result.displayPath());
                out.print(UnifiedDiff.of("a/" + shown, "b/" + shown, original,
                        new String(result.fixedBytes(), StandardCharsets.UTF_8)));
            }
        } else {
            out.print(fixed ? new String(result.fixedBytes(), StandardCharsets.UTF_8) : original);
        }
        out.flush();
        err.println((dryRun ? "Would fix " : "Fixed ") + plural(fixed ? result.applied().size() : 0, "problem")
                + " in standard input.");
        return result.refused() || dryRun && fixed ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private static void write(FileFix result) {
        try {
            AtomicWrite.replace(result.before().source().path(), result.originalBytes(), result.fixedBytes());
        } catch (IOException e) {
            throw new UserError(SafeText.inline(result.displayPath()) + ": " + e.getMessage(), e);
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
