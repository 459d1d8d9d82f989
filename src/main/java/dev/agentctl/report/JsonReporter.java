package dev.agentctl.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.diag.TextEdit;
import java.io.IOException;
import java.io.Writer;

/** A flat JSON array of findings, one object each, in report order: easy to filter with jq. */
public final class JsonReporter implements Reporter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
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
                g.writeStringField("message", d.message());
                if (d.fix() == null) {
                    g.writeNullField("fix");
                } else {
                    g.writeObjectFieldStart("fix");
                    g.writeStringField("description", d.fix().description());
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
        out.write('\n');
    }
}
