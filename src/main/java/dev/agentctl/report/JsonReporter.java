package dev.agentctl.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.TextEdit;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * A flat JSON array of findings, one object each, in report order: easy to filter with jq. Paths and edits are exact;
 * messages are prose and pass through {@link SafeText}; unsafe characters are written as JSON escapes.
 */
public final class JsonReporter implements Reporter {


    @Override
    public void write(Report report, Writer out) throws IOException {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = SafeText.JSON.createGenerator(buffer)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Diagnostic d : report.diagnostics()) {
                g.writeStartObject();
                g.writeStringField("file", d.file());
                g.writeNumberField("line", d.location().line());
                g.writeNumberField("column", d.location().column());
                g.writeNumberField("endLine", d.location().endLine());
                g.writeNumberField("endColumn", d.location().endColumn());
                g.writeStringField("severity", d.severity().label());
                g.writeStringField("ruleId", d.ruleId());
                g.writeStringField("rule", d.ruleName());
                g.writeStringField("message", SafeText.inline(d.message()));
                if (d.fix() == null) {
                    g.writeNullField("fix");
                } else {
                    g.writeObjectFieldStart("fix");
                    g.writeStringField("description", SafeText.inline(d.fix().description()));
                    g.writeArrayFieldStart("edits");
                    for (TextEdit e : d.fix().edits()) {
                        g.writeStartObject();
                        g.writeNumberField("start", e.start());
                        g.writeNumberField("end", e.end());
                        g.writeStringField("replacement", e.replacement());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write(SafeText.json(buffer.toString()));
        out.write('\n');
    }
}
