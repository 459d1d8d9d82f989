package dev.agentctl.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One sentence for a JSON file agentctl cannot read, the way a compiler names a syntax error: file, line, column and
 * what was wrong, without the parser's internals (its source description, class names, character codes).
 */
final class JsonErrors {

    private JsonErrors() {
    }

    /** For example {@code vocab.json:1:25: malformed JSON: unexpected character '}': expected a value}. */
    static String describe(Path file, IOException e) {
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
            return file + where + ": malformed JSON: " + plain(j.getOriginalMessage());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return file + ": " + firstLine(message);
    }

    /** Jackson's message, first line only, with its {@code (code 125)} and {@code (JSON String, ...)} asides dropped. */
    static String plain(String message) {
        String s = firstLine(message == null ? "not valid JSON" : message)
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\(('.{1,2}')\\)", "$1")
                .replace("was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected a JSON value")
                .replaceAll(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll(" at \\[Source: .*$", "")
                .replace("end-of-input in VALUE_STRING", "end of file inside a string")
                .replace("end-of-input", "end of file")
                .replace("close marker for Object", "'}'")
                .replace("close marker for Array", "']'");
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
