package dev.agentctl.cli;

import dev.agentctl.merge.ExplainRenderer;
import dev.agentctl.merge.JsonRenderer;
import dev.agentctl.merge.MarkdownRenderer;
import dev.agentctl.merge.MergeOptions;
import dev.agentctl.merge.MergePolicy;
import dev.agentctl.merge.MergedProfile;
import dev.agentctl.merge.Merger;
import dev.agentctl.merge.SentenceEmbedder;
import dev.agentctl.merge.ToolPolicy;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.FileDiscovery;
import dev.agentctl.parse.LoadProblem;
import dev.agentctl.project.ProjectModel;
import dev.agentctl.report.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Merges variants of one agent into one deduplicated profile. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge variants of one agent into one profile that keeps every distinct instruction once.",
                "Files are merged in the order given (a directory's files in path order); the first sets the order",
                "of the body. Only files Claude Code loads are merged."})
public final class MergeCommand implements Callable<Integer> {

    enum Format { markdown, json }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Agent files or directories (default: agents/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--name", paramLabel = "NAME", description = "Merge only the files whose agent is NAME (plugin-namespaced "
            + "names too: 'code-reviewer' selects 'pr-toolkit:code-reviewer'); the others are listed on stderr.")
    String name;

    @Option(names = "--tools", paramLabel = "POLICY", defaultValue = "union",
            description = "Tools of the merged agent: union (default; a variant without tools grants all), intersection "
                    + "or majority. A warning names every variant that gains tools.")
    String tools;

    @Option(names = "--keep", paramLabel = "WHICH", defaultValue = "all",
            description = "Instructions to keep: all (every distinct one), majority (said by at least half the "
                    + "variants) or N (said by at least N variants).")
    String keep;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the profile to FILE (atomically) instead of stdout.")
    Path out;

    @Option(names = "--explain", description = "Report, for every input unit, whether it was kept or which kept unit covers it.")
    boolean explain;

    @Option(names = "--semantic", description = "Also collapse paraphrases that a sentence-embedding model finds alike "
            + "(only in a build made with 'mvn -Psemantic package'; slower).")
    boolean semantic;

    @Option(names = "--format", defaultValue = "markdown", description = "Profile format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<AgentDocument> docs = read(paths.isEmpty() ? List.of(Path.of("agents")) : paths, err);
        if (docs.isEmpty()) {
            throw new UserError("no agent file that Claude Code loads was found to merge");
        }
        if (name != null) {
            Merger.Selection selection = Merger.select(docs, name);
            selection.leftOut().forEach(d -> err.println("agentctl: merge: left out " + SafeText.inline(d.displayPath()
                    + ": its agent is `" + d.definition().nameValue() + "`, not `" + name + "`")));
            if (selection.selected().isEmpty()) {
                throw new UserError("no file defines the agent `" + name + "`");
            }
            docs = selection.selected();
        }
        Set<String> names = Merger.names(docs);
        if (name == null && names.size() > 1) {
            throw new UserError("the files define several agents (" + String.join(", ", names) + "); pick one with --name");
        }
        MergeOptions options;
        try {
            options = new MergeOptions(toolPolicy(), spec.commandLine().getParseResult().hasMatchedOption("--tools"),
                    MergeOptions.Keep.parse(keep), explain || format == Format.json);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        MergedProfile profile = new Merger(input.vocabulary(), MergePolicy.DEFAULT, semantic ? embedder() : null)
                .merge(docs, name, options);
        String rendered = format == Format.json ? JsonRenderer.render(profile) : MarkdownRenderer.render(profile);
        if (out != null) {
            write(out, rendered, docs);
        } else if (!explain) {
            stdout.print(rendered);
        }
        if (explain) {
            stdout.print(SafeText.block(ExplainRenderer.render(profile)));
        } else {
            profile.notes().forEach(n -> err.println("agentctl: merge: " + SafeText.inline(n)));
        }
        profile.warnings().forEach(w -> err.println("agentctl: merge: warning: " + SafeText.inline(w)));
        return ExitCode.CLEAN;
    }

    private ToolPolicy toolPolicy() {
        return switch (tools) {
            case "union" -> ToolPolicy.UNION;
            case "intersection" -> ToolPolicy.INTERSECTION;
            case "majority" -> ToolPolicy.MAJORITY;
            default -> throw new IllegalArgumentException("--tools takes union, intersection or majority, not '" + tools + "'");
        };
    }

    private static SentenceEmbedder embedder() {
        return SentenceEmbedder.installed().orElseThrow(() -> new UserError("--semantic needs the sentence-embedding "
                + "model, which this build does not include; build it with 'mvn -Psemantic -DskipTests package'"));
    }

    /** Reads each path in the order given, so that the first file named sets the order of the merged body. */
    private List<AgentDocument> read(List<Path> roots, PrintWriter err) {
        List<AgentFile> files = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Path root : roots) {
            ProjectModel.Result found = model(root);
            if (!found.problems().isEmpty()) {
                FileDiscovery.Problem p = found.problems().get(0);
                throw new UserError(p.displayPath() + " " + p.message());
            }
            found.files().stream().filter(f -> f.origin().lookalike() == null)
                    .filter(f -> seen.add(f.path().toAbsolutePath().normalize())).forEach(files::add);
        }
        List<AgentDocument> loaded = new ArrayList<>();
        for (AgentDocument doc : input.scanner(input.vocabulary()).scan(files, (file, parsed) -> parsed)) {
            if (doc.hasProblem(LoadProblem.UNREADABLE)) {
                throw new UserError(doc.displayPath() + " " + doc.reason());
            }
            if (doc.loads()) {
                loaded.add(doc);
            } else {
                err.println("agentctl: merge: not merged " + SafeText.inline(doc.displayPath() + ": Claude Code does not load it ("
                        + doc.reason() + ")"));
            }
        }
        return loaded;
    }

    /** The agent files of a path as the project model reads them (what Claude Code loads, in a repository). */
    private static ProjectModel.Result model(Path root) {
        return ProjectModel.of(List.of(root), Path.of("").toAbsolutePath(), new ProjectModel.Options(null, true, p -> false));
    }

    private static void write(Path target, String text, List<AgentDocument> inputs) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isRegularFile(abs) && !isAgentFile(abs)) {
            // A skill, a command, a README: the profile may replace an agent file, never anything else.
            throw new UserError("refusing to overwrite " + target + " with --out: it is not an agent file");
        }
        for (AgentDocument d : inputs) {
            if (d.source().path().toAbsolutePath().normalize().equals(abs) || sameFile(d.source().path(), abs)) {
                throw new UserError("refusing to overwrite input " + d.displayPath() + " with --out");
            }
        }
        try {
            AtomicWrite.write(abs, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean isAgentFile(Path file) {
        if (Files.isDirectory(file) || !file.getFileName().toString().endsWith(".md") || file.getParent() == null) {
            return false;
        }
        for (AgentFile f : model(file.getParent()).files()) {
            if (f.path().toAbsolutePath().normalize().equals(file) && f.origin().lookalike() == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
