package dev.agentctl.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentctl.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs the project's judge ({@code mergeeval.py}) on merges of the samples and of the 44 versions. */
@Tag("full")
class MergeEvalTest {

    private static final Pattern FIGURE = Pattern.compile("(coverage|redundancy)=([0-9.]+)");

    @Test
    void fiveSamplesKeepEverythingAndSayItOnce() throws Exception {
        Path seeds = SharedData.require("seeds");
        double[] r = judge(seeds, null);
        assertTrue(r[0] >= 0.99, "coverage " + r[0]);
        assertTrue(r[1] <= 0.01, "redundancy " + r[1]);
    }

    @Test
    void fortyFourVersionsKeepEverythingAndAddNoRedundancy() throws Exception {
        Path corpus = SharedData.require("corpus/backend-architect");
        double[] r = judge(corpus, "backend-architect");
        assertTrue(r[0] >= 0.99, "coverage " + r[0]);
        // The most redundant single version scores 0.0714 alone; the merge may add at most 0.01.
        assertTrue(r[1] <= 0.0814, "redundancy " + r[1]);
    }

    @Test
    void theMergedSamplesReadAsOneProfile() throws Exception {
        assertReadsAsOneProfile(SharedData.require("seeds"), null);
    }

    @Test
    void theMergedFortyFourVersionsReadAsOneProfile() throws Exception {
        // One list of the 44 versions puts a code block inside a numbered item, which the structure judge reads as
        // the end of the list in that version alone; the merge goes on with the list under a lead-in.
        assertReadsAsOneProfile(SharedData.require("corpus/backend-architect"), "backend-architect");
    }

    /**
     * No orphan list, numbering restart, repeated heading or long paragraph, one identity sentence, and no more
     * repeated item titles than the most repetitive input has (an author may give items of several sections one title).
     */
    private static void assertReadsAsOneProfile(Path dir, String name) throws Exception {
        java.util.Map<String, Integer> merged = counts(structure(dir, name));
        assertEquals(java.util.Map.of("orphan_lists", 0, "numbering_restarts", 0, "repeated_headings", 0,
                "identity_sentences", 1, "long_paragraphs", 0), without(merged, "repeated_item_titles"), merged.toString());
        int allowed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                allowed = Math.max(allowed, counts(report(f)).get("repeated_item_titles"));
            }
        }
        assertTrue(merged.get("repeated_item_titles") <= allowed, merged + ", most repetitive input: " + allowed);
    }

    private static java.util.Map<String, Integer> counts(String report) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        Matcher m = Pattern.compile("(\\w+)=(\\d+)").matcher(report);
        while (m.find()) {
            out.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return out;
    }

    private static java.util.Map<String, Integer> without(java.util.Map<String, Integer> counts, String key) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>(counts);
        out.remove(key);
        return out;
    }

    /** The last line of {@code mergestruct.py} on a file. */
    private static String report(Path file) throws Exception {
        Path tool = SharedData.requireFile("tools/mergestruct.py");
        Process p = new ProcessBuilder("python3", tool.toString(), file.toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return report.strip();
    }

    /** The last line of {@code mergestruct.py} on the merge of a directory. */
    private static String structure(Path dir, String name) throws Exception {
        Assumptions.assumeTrue(python(), "python3 not found");
        Path out = Files.createTempFile("merged", ".md");
        try {
            Files.writeString(out, MarkdownRenderer.render(MergeFixtures.MERGER.merge(MergeFixtures.readAll(dir), name)));
            return report(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static double[] judge(Path dir, String name) throws Exception {
        Path tool = SharedData.requireFile("tools/mergeeval.py");
        Assumptions.assumeTrue(python(), "python3 not found");
        String merged = MarkdownRenderer.render(MergeFixtures.MERGER.merge(MergeFixtures.readAll(dir), name));
        Path out = Files.createTempFile("merged", ".md");
        try {
            Files.writeString(out, merged);
            List<String> cmd = new ArrayList<>(List.of("python3", tool.toString(), out.toString()));
            try (Stream<Path> files = Files.list(dir)) {
                files.map(Path::toString).filter(p -> p.endsWith(".md") || p.endsWith(".txt")).sorted().forEach(cmd::add);
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            double[] r = new double[2];
            Matcher m = FIGURE.matcher(report.lines().reduce((a, b) -> b).orElse(""));
            while (m.find()) {
                r[m.group(1).equals("coverage") ? 0 : 1] = Double.parseDouble(m.group(2));
            }
            return r;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
