package dev.agentctl.parse;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads and parses many files on all cores, handing each result to a function as soon as it is parsed, so that only
 * what the function returns is kept: memory stays bounded by the summaries, not by the files. Results come back in
 * the order of the input list, whatever the scheduling.
 */
public final class AgentScanner {

    private static final int PARALLEL_THRESHOLD = 16;

    private final Function<AgentFile, AgentDocument> load;

    public AgentScanner(AgentLoader loader) {
        this(loader::load);
    }

    /** A scanner over documents that are not read from disk (standard input). */
    public AgentScanner(Function<AgentFile, AgentDocument> load) {
        this.load = load;
    }

    public <R> List<R> scan(List<AgentFile> files, BiFunction<AgentFile, AgentDocument, R> perFile) {
        var stream = files.size() >= PARALLEL_THRESHOLD ? files.parallelStream() : files.stream();
        return stream.map(file -> perFile.apply(file, load.apply(file))).toList();
    }
}
