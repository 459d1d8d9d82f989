package dev.agentctl.report;

import dev.agentctl.diag.Diagnostic;
import java.io.IOException;
import java.io.Writer;

/** GitHub Actions workflow commands, which GitHub shows as annotations on the pull request's files. */
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
            out.write("::" + command + " file=" + property(d.file()) + ",line=" + l.line() + ",col=" + l.column()
                    + ",endLine=" + l.endLine() + ",endColumn=" + l.endColumn()
                    + ",title=" + property(d.ruleId() + " " + d.ruleName()) + "::" + data(d.message()) + "\n");
        }
    }

    /** Escaping of a command's message, as the Actions toolkit does it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a command's properties, which also reserve {@code :} and {@code ,}. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
