package dev.agentctl;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared reference data (spec cases, samples, corpus) that lives beside the checkout, when present.
 * A clone without it skips the tests that need it (and {@link SkippedTestsReport} says which on the console); in CI
 * (the {@code CI} environment variable set, as every CI service does) a missing directory fails the test instead,
 * so that a broken checkout cannot pass green.
 */
public final class SharedData {

    private SharedData() {
    }

    /** Where the shared data should be: {@code -Dagentctl.shared}, else {@code ../shared}. */
    public static Path root() {
        return Path.of(System.getProperty("agentctl.shared", "../shared"));
    }

    /** The shared directory {@code sub}, or a skipped test (a failed one in CI) when it is not there. */
    public static Path require(String sub) {
        Path dir = root().resolve(sub);
        present(Files.isDirectory(dir), dir);
        return dir;
    }

    /** The shared file {@code sub}, or a skipped test (a failed one in CI) when it is not there. */
    public static Path requireFile(String sub) {
        Path file = root().resolve(sub);
        present(Files.isRegularFile(file), file);
        return file;
    }

    /** True in CI, where missing reference data is an error rather than a reason to skip. */
    static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false");
    }

    private static void present(boolean present, Path path) {
        if (present) {
            return;
        }
        String reason = path + " not found (../shared is not beside this checkout)";
        if (inCi()) {
            fail(reason + "; CI is set, so the tests that need it fail instead of skipping");
        }
        assumeTrue(false, "skipped: " + reason);
    }
}
