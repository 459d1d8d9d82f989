package dev.agentctl.rules.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("full")
class NameFormatTest {

    /** The documented form as the regular expression that states it. */
    private static final Pattern DOCUMENTED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void theLoopAcceptsExactlyWhatTheExpressionDescribes() {
        // Every string of up to six characters over an alphabet with one character of each kind that matters.
        List<String> all = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= 6; length++) {
            List<String> next = new ArrayList<>();
            for (String s : previous) {
                for (char c : "a9-A_ é".toCharArray()) {
                    next.add(s + c);
                }
            }
            all.addAll(next);
            previous = next;
        }
        for (String name : all) {
            assertEquals(DOCUMENTED.matcher(name).matches(), NameFormat.isDocumentedForm(name), "'" + name + "'");
        }
    }
}
