package dev.agentctl.parse;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads and parses many files on all cores, handing each result to a function as soon as it is parsed, so that only
 * what the function returns is kept: memory stays bounded by the summaries, not by the files. Results come back in
 * the order of the input list, whatever the scheduling.
 */
public final class AgentScanner {

    private static final int PARALLEL_THRESHOLD = 16;

    private final AgentLoader loader;

    public AgentScanner(AgentLoader loader) {
        this.loader = loader;
    }

    public <R> List<R> scan(List<AgentFile> files, BiFunction<AgentFile, AgentDocument, R> perFile) {
        var stream = files.size() >= PARALLEL_THRESHOLD ? files.parallelStream() : files.stream();
        return stream.map(file -> perFile.apply(file, loader.load(file))).toList();
    }
}
