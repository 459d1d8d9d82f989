package dev.agentctl;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per test class that skipped tests, with the reasons, when the class finishes: surefire itself only
 * counts skips, so without this a clone without {@code ../shared} would pass with about ten classes silently
 * skipped. Registered through {@code META-INF/services}.
 */
public final class SkippedTestsReport implements TestExecutionListener {

    private TestPlan plan;
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final Map<String, Set<String>> reasons = new LinkedHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
        if (isClass(test)) {
            report(test); // a skipped class gets no finish event
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
        if (isClass(test)) {
            report(test);
        }
    }

    private void report(TestIdentifier classContainer) {
        String name = className(classContainer);
        Integer n = skipped.remove(name);
        if (n != null) {
            System.err.println("[SKIPPED] " + name + ": " + n + (n == 1 ? " test" : " tests") + " skipped: "
                    + String.join("; ", reasons.remove(name)));
        }
    }

    private void record(TestIdentifier test, String reason) {
        String name = className(test);
        if (name != null) {
            skipped.merge(name, test.isTest() ? 1 : Math.max(1, leaves(test)), Integer::sum);
            reasons.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(reason == null ? "no reason given"
                    : reason.replaceFirst("^Assumption failed: ", "").replaceFirst("^skipped: ", ""));
        }
    }

    private static boolean isClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    private int leaves(TestIdentifier container) {
        return plan == null ? 0 : (int) plan.getDescendants(container).stream().filter(TestIdentifier::isTest).count();
    }

    /** The test class a test or container belongs to, walking up to the class container. */
    private String className(TestIdentifier test) {
        TestIdentifier t = test;
        while (t != null) {
            if (t.getSource().orElse(null) instanceof ClassSource c) {
                return c.getClassName();
            }
            t = plan == null ? null : plan.getParent(t).orElse(null);
        }
        return null;
    }
}
