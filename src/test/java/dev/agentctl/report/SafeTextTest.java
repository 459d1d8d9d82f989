package dev.agentctl.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One case per spoofing vector: what reaches the output instead of the character. */
class SafeTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            newline (C0)                 | a\\nb          | a\\\\nb
            carriage return (C0)         | a\\rb          | a\\\\rb
            tab (C0)                     | a\\tb          | a\\\\tb
            escape, a colour (C0)        | \\u001b[31mred | \\\\u001B[31mred
            NUL (C0)                     | a\\u0000b      | a\\\\u0000b
            backspace (C0)               | ab\\u0008c     | ab\\\\u0008c
            DEL                          | a\\u007fb      | a\\\\u007Fb
            CSI (C1)                     | \\u009b2J      | \\\\u009B2J
            next line (C1)               | a\\u0085b      | a\\\\u0085b
            right-to-left override       | a\\u202Eevil   | a\\\\u202Eevil
            left-to-right embedding      | a\\u202Ab      | a\\\\u202Ab
            pop directional formatting   | a\\u202Cb      | a\\\\u202Cb
            right-to-left isolate        | a\\u2067b      | a\\\\u2067b
            pop directional isolate      | a\\u2069b      | a\\\\u2069b
            left-to-right mark           | a\\u200Eb      | a\\\\u200Eb
            right-to-left mark           | a\\u200Fb      | a\\\\u200Fb
            Arabic letter mark           | a\\u061Cb      | a\\\\u061Cb
            line separator               | a\\u2028b      | a\\\\u2028b
            paragraph separator          | a\\u2029b      | a\\\\u2029b
            zero-width space             | Read\\u200B    | Read\\\\u200B
            zero-width joiner            | a\\u200Db      | a\\\\u200Db
            byte order mark              | \\uFEFFname    | \\\\uFEFFname
            soft hyphen                  | a\\u00ADb      | a\\\\u00ADb
            tag characters (smuggling)   | a\\uDB40\\uDC41b | a\\\\U000E0041b
            """)
    void everyUnsafeCharacterBecomesAVisibleEscape(String vector, String input, String expected) {
        String in = unescape(input);
        assertEquals(unescape(expected), SafeText.inline(in), vector);
        assertTrue(SafeText.inline(in).codePoints().noneMatch(SafeText::isUnsafe), vector);
    }

    @Test
    void safeTextIsLeftAlone() {
        String s = "Résumé: `tools` — 日本語, 100 % (ok) \\ é";
        assertEquals(s, SafeText.inline(s));
        assertEquals(s, SafeText.lineStart(s));
    }

    @Test
    void aKeyWithANewlineCannotStartAWorkflowCommand() {
        String key = "x\n::error file=README.md,line=1::Injected annotation";
        String shown = SafeText.inline("unknown key `" + key + "`");
        assertEquals("unknown key `x\\n::error file=README.md,line=1::Injected annotation`", shown);
        assertEquals(1, shown.lines().count());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            at the start                 | ::error::x           | \\\\u003A:error::x
            after spaces                 | '  ::warning::x'     | '  \\\\u003A:warning::x'
            after a tab, escaped first   | \\t::notice::x       | \\\\t::notice::x
            after an ideographic space   | \\u3000::error::x    | \\u3000\\\\u003A:error::x
            after a no-break space       | \\u00A0::error::x    | \\u00A0\\\\u003A:error::x
            the older form, anywhere     | a ##[error]x         | a \\\\u0023#[error]x
            not at the start             | a ::error::x         | a ::error::x
            """)
    void noLineStartsAWorkflowCommand(String vector, String input, String expected) {
        String shown = SafeText.lineStart(unescape(input));
        assertEquals(unescape(expected), shown, vector);
        assertFalse(shown.strip().startsWith("::"), vector);
        assertFalse(shown.contains("##["), vector);
    }

    @Test
    void aBlockKeepsItsLineBreaksAndNothingElse() {
        assertEquals("a\\u001B\n\\u003A:error::x\n  \\u0023#[warning]y\\r\n",
                SafeText.block("a\u001b\n::error::x\n  ##[warning]y\r\n"));
    }

    @Test
    void jsonKeepsTheValueButEscapesEveryUnsafeCharacter() throws IOException {
        String value = "a\u001b[31m\u007f\u009b\u202e\u2066\u200f\u061c\u2028\n\té\u200b\udb40\udc41";
        StringWriter out = new StringWriter();
        try (JsonGenerator g = SafeText.JSON.createGenerator(out)) {
            g.writeString(value);
        }
        String json = SafeText.json(out.toString());
        assertEquals("\"a\\u001B[31m\\u007F\\u009B\\u202E\\u2066\\u200F\\u061C\\u2028\\n\\té\\u200B\\uDB40\\uDC41\"", json);
        assertTrue(json.codePoints().noneMatch(SafeText::isUnsafe));
        assertEquals(value, new ObjectMapper().readValue(json, String.class));
    }

    /** Test data spells characters as {@code \\uXXXX}, {@code \\n}, {@code \\r}, {@code \\t} and {@code \\\\}. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
