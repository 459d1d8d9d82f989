package dev.agentctl.report;

import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * Human-readable findings grouped by file, {@code line:col severity message rule}, coloured only when asked. Paths and
 * messages pass through {@link SafeText}, so every finding is one line and no line is a workflow command.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BLUE = "\u001b[34m";

    /** Severity labels are padded to the longest, "warning", so that messages line up. */
    private static final int SEVERITY_WIDTH = 7;

    private final boolean color;

    public TextReporter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        String currentFile = null;
        int positionWidth = 0;
        for (Diagnostic d : report.diagnostics()) {
            positionWidth = Math.max(positionWidth, d.location().lineColumn().length());
        }
        for (Diagnostic d : report.diagnostics()) {
            if (!d.file().equals(currentFile)) {
                if (currentFile != null) {
                    out.write('\n');
                }
                out.write(paint(BOLD, SafeText.lineStart(d.file())));
                out.write('\n');
                currentFile = d.file();
            }
            String position = d.location().lineColumn();
            out.write("  " + " ".repeat(positionWidth - position.length()) + position + "  ");
            String label = d.severity().label();
            out.write(paint(colorOf(d.severity()), label + " ".repeat(Math.max(0, SEVERITY_WIDTH - label.length()))));
            out.write("  " + SafeText.inline(d.message()) + "  ");
            out.write(paint(DIM, d.ruleId() + " " + d.ruleName() + (d.fixable() ? " [fixable]" : "")));
            out.write('\n');
        }
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> BLUE;
        };
    }
}
