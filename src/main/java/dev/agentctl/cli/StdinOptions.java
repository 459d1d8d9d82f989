package dev.agentctl.cli;

import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code -} as the one PATH: the agent file comes from standard input, named by {@code --stdin-filename} (editors). */
public final class StdinOptions {

    /** The PATH that stands for standard input. */
    static final String STDIN = "-";

    /** Where tests put standard input; {@code System.in} otherwise. */
    static InputStream in = System.in;

    private byte[] bytes = new byte[0];

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "With - as PATH: the name of the file read from standard input, for reports and rules.")
    String stdinFilename;

    /** True when the paths name standard input; then it must be the only one. */
    boolean requested(List<Path> paths) {
        boolean dash = paths.stream().anyMatch(p -> p.toString().equals(STDIN));
        if (dash && paths.size() > 1) {
            throw new UserError("- reads one file from standard input; give it as the only PATH");
        }
        if (!dash && stdinFilename != null) {
            throw new UserError("--stdin-filename names the file read from standard input; give - as PATH");
        }
        return dash;
    }

    /** The file as reports show it: the name given, else {@code <stdin>}. */
    AgentFile file() {
        String shown = stdinFilename == null ? "<stdin>" : stdinFilename.replace('\\', '/');
        Path path = Path.of(stdinFilename == null ? "stdin" : stdinFilename);
        return new AgentFile(path, shown, path.toAbsolutePath().normalize().toString(), true);
    }

    /** Reads standard input (at most one byte past the size limit, as for a file) and parses it. */
    AgentDocument read(AgentLoader loader) {
        return read(loader, false);
    }

    /**
     * Reads standard input and parses it; {@code whole} reads all of it even past the size limit, for a command that
     * must print it back ({@code fix -}): {@link #bytes} then holds it.
     */
    AgentDocument read(AgentLoader loader, boolean whole) {
        AgentFile file = file();
        int limit = loader.parser().vocabulary().fileSizeLimit();
        try {
            bytes = whole ? in.readAllBytes() : in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UserError("cannot read standard input: " + e.getMessage(), e);
        }
        if (bytes.length > limit) {
            return loader.parser().tooLarge(dev.agentctl.parse.SourceFile.of(file.path(), file.displayPath(), ""),
                    bytes.length);
        }
        return loader.parse(file.path(), file.displayPath(), bytes);
    }

    /** What {@link #read} read. */
    byte[] bytes() {
        return bytes;
    }

    /** A scanner that hands out the one document read from standard input. */
    static AgentScanner scanner(AgentDocument doc) {
        return new AgentScanner(f -> doc);
    }
}
