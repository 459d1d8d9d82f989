package dev.agentctl.report;

import dev.agentctl.diag.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which GitHub shows as annotations on the pull request's files. Columns only on a
 * one-line span, as GitHub requires; properties and message escaped as the Actions toolkit escapes them.
 */
public final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Diagnostic d : report.diagnostics()) {
            String command = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            var l = d.location();
            StringBuilder line = new StringBuilder("::").append(command)
                    .append(" file=").append(property(SafeText.inline(d.file())))
                    .append(",line=").append(l.line());
            if (l.endLine() == l.line()) {
                // GitHub rejects col and endColumn on an annotation that spans several lines.
                line.append(",col=").append(l.column());
            }
            line.append(",endLine=").append(l.endLine());
            if (l.endLine() == l.line()) {
                line.append(",endColumn=").append(l.endColumn());
            }
            line.append(",title=").append(property(d.ruleId() + " " + d.ruleName()))
                    .append("::").append(data(SafeText.inline(d.message()))).append('\n');
            out.write(line.toString());
        }
    }

    /** Escaping of a command's message, as the Actions toolkit does it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a command's properties, which also reserve {@code :} and {@code ,} ({@code %} first, as above). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
