package dev.agentctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The console line for a test class that skipped tests: one per class, with the count and the reasons. */
class SkippedTestsReportTest {

    static class TwoSkippedOnePassed {
        @Test
        void missingData() {
            Assumptions.assumeTrue(false, "skipped: ../shared/corpus not found");
        }

        @Test
        void missingDataAgain() {
            Assumptions.assumeTrue(false, "skipped: ../shared/corpus not found");
        }

        @Test
        void passes() {
        }
    }

    @Disabled("switched off")
    static class Disabled_ {
        @Test
        void neverRuns() {
        }
    }

    static class NothingSkipped {
        @Test
        void passes() {
        }
    }

    @Test
    void oneLinePerClassThatSkipped() {
        assertEquals("[SKIPPED] " + TwoSkippedOnePassed.class.getName()
                + ": 2 tests skipped: ../shared/corpus not found\n", run(TwoSkippedOnePassed.class));
        assertEquals("[SKIPPED] " + Disabled_.class.getName() + ": 1 test skipped: switched off\n", run(Disabled_.class));
        assertEquals("", run(NothingSkipped.class));
    }

    private static String run(Class<?> testClass) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // Only the listener under test: the one registered through META-INF/services stays out.
            Launcher launcher = LauncherFactory.create(
                    LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
                    new SkippedTestsReport());
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
