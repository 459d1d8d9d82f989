package dev.agentctl.cli;

import dev.agentctl.schema.FrontmatterSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of the frontmatter. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Print a JSON Schema of the frontmatter, for editors.",
        description = "Print a JSON Schema (2020-12) of agent frontmatter as Claude Code accepts it, for editors and "
                + "other tools. Values it rejects are the ones Claude Code drops or ignores; unknown keys are "
                + "allowed, as Claude Code allows them (agentctl validate reports them as AG021 unknown-key).",
        footerHeading = "%nExamples:%n",
        footer = {"  agentctl schema > agent-frontmatter.schema.json",
                "  agentctl schema --known-tool mcp__github   offer an MCP tool in the editor's completion too",
                "",
                "Exit status:",
                "  0  printed",
                "  2  usage or configuration trouble"})
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(FrontmatterSchema.of(input.vocabulary()));
        return ExitCode.CLEAN;
    }
}
