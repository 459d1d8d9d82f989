package dev.agentctl.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the language server. Only JDK types cross into {@code dev.agentctl.lsp}, so LSP4J's classes load when this
 * command runs and never for the others.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        header = "Run agentctl as a language server for editors.",
        description = "Speak the Language Server Protocol over standard input and output: diagnostics as you type, "
                + "quick fixes, completion and hover for agent files. Editors start it themselves; docs/editors.md "
                + "has the set-up for Neovim, Helix, Zed and VS Code.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  the editor asked the server to shut down, then to exit",
                "  1  the editor left without asking it to shut down"})
public final class LspCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--stdio", description = "Use standard input and output (the default and only transport; "
            + "accepted because many editors pass it).")
    boolean stdio;

    @Override
    public Integer call() {
        boolean debug = spec.commandLine().getParseResult().hasMatchedOption("--debug")
                || spec.root().commandLine().getParseResult().hasMatchedOption("--debug");
        PrintStream protocol = System.out;
        // Standard output carries the protocol; anything else printed there would corrupt it.
        System.setOut(System.err);
        return dev.agentctl.lsp.LanguageServerMain.run(System.in, protocol, debug);
    }
}
