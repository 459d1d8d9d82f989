package dev.agentctl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("full")
class PlainValueTest {

    /** The shortcut for values that cannot be anything but a string must answer as the resolver does. */
    @Test
    void theShortcutAgreesWithTheResolverForEveryFirstCharacter() {
        String[] rests = {"", "rue", "RUE", "alse", "ALSE", "ull", "ULL", "1", "23", ".5", "e3", "x10", "o7", "nf", "{A}",
                " x", "ruex", "ul"};
        for (char first = 0; first < Character.MAX_VALUE; first++) {
            for (String rest : rests) {
                String text = first + rest;
                assertEquals(YamlFrontmatter.resolved(text), YamlFrontmatter.plainValue(text), () -> "'" + text + "'");
            }
        }
        assertEquals(YamlFrontmatter.resolved(""), YamlFrontmatter.plainValue(""));
    }
}
