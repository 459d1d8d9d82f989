package dev.agentctl.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.Severity;
import dev.agentctl.diag.TextEdit;
import dev.agentctl.model.Location;
import dev.agentctl.rules.RuleMeta;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 with the full rule catalogue, as GitHub code scanning and editors read it. Columns count UTF-16 code
 * units (SARIF's default), like every position in agentctl. A file under the working directory is a relative URI
 * with {@code uriBaseId} {@code %SRCROOT%}; a file outside it is an absolute {@code file:} URI without a base, as SARIF
 * requires (the SARIF validator's SARIF1004).
 */
public final class SarifReporter implements Reporter {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** Where agentctl lives: SARIF's {@code informationUri}. Change it here when the repository moves. */
    public static final String INFORMATION_URI = "https://github.com/agentctl/agentctl";

    /** The rule pages (docs/rules/AGnnn.md); rule ids never change, so a rule's {@code helpUri} never breaks. */
    public static final String RULE_DOCS_URI = INFORMATION_URI + "/blob/main/docs/rules/";

    private final Path workingDir;

    /** @param workingDir what relative display paths are relative to, and what {@code %SRCROOT%} stands for */
    public SarifReporter(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = SafeText.JSON.createGenerator(buffer)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "agentctl");
            g.writeStringField("version", report.toolVersion());
            g.writeStringField("informationUri", INFORMATION_URI);
            g.writeArrayFieldStart("rules");
            for (RuleMeta rule : report.rules()) {
                ruleIndex.put(rule.id(), ruleIndex.size());
                writeRule(g, rule);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "utf16CodeUnits");
            g.writeArrayFieldStart("results");
            for (Diagnostic d : report.diagnostics()) {
                writeResult(g, d, ruleIndex.get(d.ruleId()));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(SafeText.json(buffer.toString()));
        out.write('\n');
    }

    private static void writeRule(JsonGenerator g, RuleMeta rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("name", rule.name());
        g.writeStringField("helpUri", RULE_DOCS_URI + rule.id() + ".md");
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", rule.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", rule.explanation());
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", rule.explanation());
        g.writeStringField("markdown", "**" + rule.id() + " " + rule.name() + "**: " + rule.summary() + "\n\n"
                + rule.explanation());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.severity()));
        g.writeBooleanField("enabled", rule.enabledByDefault());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeBooleanField("fixable", rule.fixable());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writeResult(JsonGenerator g, Diagnostic d, Integer index) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", d.ruleId());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(d.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", SafeText.inline(d.message()));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        writePhysicalLocation(g, d.file(), d.location());
        g.writeEndObject();
        g.writeEndArray();
        if (d.fix() != null) {
            g.writeArrayFieldStart("fixes");
            g.writeStartObject();
            g.writeObjectFieldStart("description");
            g.writeStringField("text", SafeText.inline(d.fix().description()));
            g.writeEndObject();
            g.writeArrayFieldStart("artifactChanges");
            g.writeStartObject();
            writeArtifact(g, d.file());
            g.writeArrayFieldStart("replacements");
            for (TextEdit e : d.fix().edits()) {
                g.writeStartObject();
                g.writeObjectFieldStart("deletedRegion");
                g.writeNumberField("charOffset", e.start());
                g.writeNumberField("charLength", e.end() - e.start());
                g.writeEndObject();
                g.writeObjectFieldStart("insertedContent");
                g.writeStringField("text", e.replacement());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void writePhysicalLocation(JsonGenerator g, String file, Location l) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        writeArtifact(g, file);
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", l.line());
        g.writeNumberField("startColumn", l.column());
        g.writeNumberField("endLine", l.endLine());
        g.writeNumberField("endColumn", l.endColumn());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writeArtifact(JsonGenerator g, String file) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        Path path = Path.of(file);
        Path absolute = workingDir.resolve(path).normalize();
        if (!path.isAbsolute() && absolute.startsWith(workingDir) && !absolute.equals(workingDir)) {
            g.writeStringField("uri", uri(workingDir.relativize(absolute).toString(), false));
            g.writeStringField("uriBaseId", "%SRCROOT%");
        } else {
            g.writeStringField("uri", fileUri(absolute));
        }
        g.writeEndObject();
    }

    /** An absolute {@code file:} URI: {@code file:///home/ann/agents/a%20b.md}, {@code file:///C:/agents/a.md}. */
    static String fileUri(Path absolute) {
        String p = absolute.toString().replace('\\', '/');
        return "file://" + (p.startsWith("/") ? "" : "/") + uri(p, true);
    }

    /**
     * A URI path: each UTF-8 byte outside the unreserved characters percent-encoded, separators kept; a colon only in
     * an absolute path (in a relative reference it would read as a scheme).
     */
    static String uri(String file, boolean absolute) {
        StringBuilder s = new StringBuilder();
        for (byte b : file.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "/-._~".indexOf(c) >= 0 || absolute && c == ':') {
                s.append(c);
            } else {
                s.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return s.toString();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
