package dev.agentctl.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.agentctl.model.AgentDefinition;
import dev.agentctl.model.LoadOutcome;
import dev.agentctl.model.Located;
import dev.agentctl.model.ToolSpec;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.PluginAgent;
import dev.agentctl.project.ProjectModel;
import dev.agentctl.report.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints, per file, what Claude Code makes of it; text from the files passes through {@link SafeText}. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        header = "Show what Claude Code makes of each agent file.",
        description = "Show what Claude Code makes of each agent file: whether it loads, and with which name, "
                + "description, tools, model, colour and system prompt.",
        footerHeading = "%nExamples:%n",
        footer = {"  agentctl inspect .claude/agents/reviewer.md",
                "  agentctl inspect --format json .claude/agents/ | jq -r 'select(.outcome != \"loaded\") | .file'",
                "",
                "Exit status:",
                "  0  every file was read (whatever Claude Code makes of it)",
                "  2  usage, configuration or I/O trouble"})
public final class InspectCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (json: one object per line).")
    Format format;

    @Mixin
    StdinOptions stdin;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Agent files, or directories to search for *.md files; - reads one file from standard input.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (stdin.requested(paths)) {
            var doc = stdin.read(new dev.agentctl.parse.AgentLoader(new dev.agentctl.parse.AgentParser(input.vocabulary())));
            out.println(format == Format.json ? json(stdin.file(), doc) : text(stdin.file(), doc));
            return ExitCode.CLEAN;
        }
        ProjectModel.Result found = project.model(paths, input);
        PrintWriter err = spec.commandLine().getErr();
        boolean unreadable = InputOptions.reportProblems(found.problems(), err);
        if (!unreadable) {
            project.requireAgents(found, paths);
        }
        List<String> lines = input.scanner(input.vocabulary()).scan(found.files(),
                format == Format.json ? InspectCommand::json : InspectCommand::text);
        lines.forEach(out::println);
        return unreadable || lines.isEmpty() && !found.files().isEmpty() ? ExitCode.TROUBLE : ExitCode.CLEAN;
    }

    static String text(AgentFile file, AgentDocument doc) {
        StringBuilder s = new StringBuilder(SafeText.lineStart(doc.displayPath())).append(": ")
                .append(file.origin().inPlugin() ? LoadOutcome.LOADED.jsonName() : doc.outcome().jsonName());
        if (doc.reason() != null) {
            s.append(" (").append(SafeText.inline(doc.reason())).append(')');
        }
        if (doc.loads()) {
            AgentDefinition a = doc.definition();
            s.append("\n  name:        ").append(SafeText.inline(a.nameValue()))
                    .append("\n  description: ").append(oneLine(a.descriptionValue()))
                    .append("\n  tools:       ").append(tools(a.tools()));
            if (a.disallowedTools() != null) {
                s.append("\n  disallowed:  ").append(tools(a.disallowedTools()));
            }
            s.append("\n  model:       ").append(a.model() == null ? "(inherits)" : SafeText.inline(a.model().value().value()));
            if (a.color() != null) {
                s.append("\n  color:       ").append(SafeText.inline(a.color().value()));
            }
            s.append("\n  prompt:      ").append(a.systemPrompt().length()).append(" characters");
        }
        if (file.origin().inPlugin()) {
            PluginAgent p = PluginAgent.of(doc, file.origin().plugin(), file.origin().typePrefix(), file.path());
            s.append("\n  plugin:      ").append(file.origin().plugin()).append(", loaded as `").append(p.agentType())
                    .append('`').append(p.placeholder() ? " (a placeholder: \"" + p.description() + "\")" : "");
        }
        return s.toString();
    }

    private static String tools(ToolSpec spec) {
        return spec.allTools() ? "* (all tools)" : spec.entries().isEmpty() ? "(none)" : SafeText.inline(String.join(", ", spec.names()));
    }

    private static String oneLine(String s) {
        String flat = s.replace('\n', ' ');
        return SafeText.inline(flat.length() > 100 ? flat.substring(0, 97) + "..." : flat);
    }

    static String json(AgentFile file, AgentDocument doc) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = SafeText.JSON.createGenerator(buffer)) {
            g.writeStartObject();
            g.writeStringField("file", file.displayPath());
            // Claude Code loads every file of a plugin's agents (some only as placeholders: see below).
            g.writeStringField("outcome", (file.origin().inPlugin() ? LoadOutcome.LOADED : doc.outcome()).jsonName());
            g.writeStringField("reason", doc.reason());
            AgentDefinition a = doc.outcome() == LoadOutcome.LOADED ? doc.definition() : null;
            g.writeStringField("name", a == null ? null : a.nameValue());
            g.writeStringField("description", a == null ? null : a.descriptionValue());
            g.writeFieldName("tools");
            writeTools(g, a == null ? null : a.tools());
            g.writeFieldName("disallowedTools");
            writeTools(g, a == null ? null : a.disallowedTools());
            g.writeStringField("model", a == null || a.model() == null ? null : a.model().value().value());
            g.writeStringField("color", a == null || a.color() == null ? null : a.color().value());
            g.writeStringField("systemPromptSha256", a == null ? null : sha256(a.systemPrompt()));
            if (file.origin().inPlugin()) {
                // Plugin agents load more leniently: what Claude Code registers, whatever the outcome above.
                PluginAgent p = PluginAgent.of(doc, file.origin().plugin(), file.origin().typePrefix(), file.path());
                g.writeStringField("plugin", file.origin().plugin());
                g.writeStringField("agentType", p.agentType());
                g.writeBooleanField("placeholder", p.placeholder());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SafeText.json(buffer.toString());
    }

    private static void writeTools(JsonGenerator g, ToolSpec spec) throws IOException {
        if (spec == null) {
            g.writeNull();
        } else if (spec.allTools()) {
            g.writeString("*");
        } else {
            g.writeStartArray();
            for (Located<String> entry : spec.entries()) {
                g.writeString(entry.value());
            }
            g.writeEndArray();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
