package dev.agentctl.cli;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Severity;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.project.ProjectModel;
import dev.agentctl.report.OutputFormat;
import dev.agentctl.report.Report;
import dev.agentctl.rules.Linter;
import dev.agentctl.rules.RuleMeta;
import dev.agentctl.rules.RuleRegistry;
import dev.agentctl.schema.Vocabulary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lints agent files: discover → parse → rules → report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Lint agent files against what Claude Code accepts.",
        description = "Check agent files against what Claude Code accepts, and report each problem with its place, "
                + "rule id and, where one is safe, a fix. Settings come from the nearest .agentctl.yaml (or "
                + "--config); a file turns rules off for itself with a '# agentctl-disable RULE' line in its "
                + "frontmatter.",
        footerHeading = "%nExamples:%n",
        footer = {"  agentctl validate .claude/agents/",
                "  agentctl validate --stdin-filename .claude/agents/reviewer.md - < draft.md",
                "  agentctl validate --format sarif --output agentctl.sarif .claude/agents/",
                "  agentctl validate --disable AG021 --known-tool mcp__github agents/",
                "",
                "Exit status:",
                "  0  no errors (warnings and info allowed)",
                "  1  errors, or more warnings than --max-warnings",
                "  2  usage, configuration or I/O trouble"})
public final class ValidateCommand implements Callable<Integer> {

    enum Color { auto, always, never }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    ProjectOptions project;

    @Mixin
    StdinOptions stdin;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Agent files, or directories searched recursively for *.md files; - reads one file from "
                    + "standard input (name it with --stdin-filename).")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Exit with 1 when there are more than N warnings (default: no limit).")
    int maxWarnings;

    @Option(names = {"-q", "--quiet"},
            description = "Report errors only, and print no summary (warnings still count for --max-warnings).")
    boolean quiet;

    @Option(names = "--color", defaultValue = "auto",
            description = "Colour the text report: ${COMPLETION-CANDIDATES} (auto: only on a terminal, never with NO_COLOR).")
    Color color;

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Turn on a rule that is off by default (id or name). Repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Turn a rule off (id or name). Repeatable.")
    List<String> disable = new ArrayList<>();

    @Override
    public Integer call() {
        Vocabulary vocabulary = input.vocabulary();
        Linter linter = new Linter(vocabulary, severities());
        PrintWriter err = spec.commandLine().getErr();
        List<Diagnostic> diagnostics;
        int checked;
        if (stdin.requested(paths)) {
            var doc = stdin.read(new AgentLoader(new AgentParser(vocabulary)));
            diagnostics = linter.checkAll(List.of(stdin.file()), StdinOptions.scanner(doc));
            checked = 1;
        } else {
            ProjectModel.Result found = project.model(paths, input);
            if (InputOptions.reportProblems(found.problems(), err)) {
                return ExitCode.TROUBLE;
            }
            project.requireAgents(found, paths);
            diagnostics = linter.checkAll(found.files(), input.scanner(vocabulary), ProjectOptions.facts(found));
            project.requireAgents(found, paths, diagnostics);
            checked = found.files().size();
        }
        Report report = new Report(diagnostics, checked, RuleRegistry.metas(), version());
        write(quiet ? new Report(diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList(),
                report.filesChecked(), report.rules(), report.toolVersion()) : report);
        if (!quiet) {
            summarize(report, err);
        }
        long warnings = report.count(Severity.WARNING);
        boolean tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
        if (tooManyWarnings) {
            err.println("agentctl: too many warnings: " + plural(warnings, "warning") + " found, --max-warnings allows "
                    + maxWarnings + ".");
        }
        return report.count(Severity.ERROR) > 0 || tooManyWarnings ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** The configuration's severities, then the command line's {@code --enable} and {@code --disable} over them. */
    private Map<String, Severity> severities() {
        Map<String, Severity> out = new LinkedHashMap<>(input.config().severities());
        for (String r : enable) {
            RuleMeta meta = rule(r);
            out.put(meta.id(), meta.severity());
        }
        for (String r : disable) {
            out.put(rule(r).id(), null);
        }
        return out;
    }

    private static RuleMeta rule(String idOrName) {
        return RuleRegistry.find(idOrName.strip())
                .orElseThrow(() -> new UserError("unknown rule `" + idOrName + "` (see `agentctl rules`)"));
    }

    private void write(Report report) {
        boolean colored = format == OutputFormat.text && output == null && useColor();
        try {
            if (output == null) {
                Writer out = spec.commandLine().getOut();
                format.reporter(colored).write(report, out);
                out.flush();
            } else {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    format.reporter(false).write(report, out);
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot write the report" + (output == null ? "" : " to " + output) + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write the report: " + e.getCause().getMessage(), e);
        }
    }

    private boolean useColor() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !Objects.equals(System.getenv("TERM"), "dumb");
        };
    }

    private static void summarize(Report report, PrintWriter err) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        String files = report.filesChecked() + (report.filesChecked() == 1 ? " file" : " files");
        if (report.diagnostics().isEmpty()) {
            err.println("Checked " + files + ": no problems.");
            return;
        }
        err.println("Checked " + files + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
                + plural(infos, "info") + (report.fixable() > 0 ? " (" + report.fixable() + " fixable)" : "") + ".");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }

    static String version() {
        String v = ValidateCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
