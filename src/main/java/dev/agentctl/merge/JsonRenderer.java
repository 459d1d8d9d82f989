package dev.agentctl.merge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes a merged profile as JSON: frontmatter fields, sections with units and their sources, every unit's fate. */
public final class JsonRenderer {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonRenderer() {
    }

    public static String render(MergedProfile p) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(buffer).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("description", p.description());
            g.writeFieldName("tools");
            if (p.tools() == null) {
                g.writeString("*");
            } else {
                strings(g, p.tools());
            }
            g.writeStringField("model", p.model());
            g.writeStringField("color", p.color());
            g.writeObjectFieldStart("extra");
            for (Map.Entry<String, Object> e : p.extra().entrySet()) {
                g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
            }
            g.writeEndObject();
            g.writeFieldName("sources");
            strings(g, p.sources());
            g.writeFieldName("notes");
            strings(g, p.notes());
            g.writeArrayFieldStart("sections");
            for (MergedSection s : p.sections()) {
                g.writeStartObject();
                g.writeStringField("role", s.role().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("title", s.titleLine().isEmpty() ? null : s.titleLine());
                g.writeFieldName("sources");
                strings(g, s.sources());
                g.writeFieldName("units");
                units(g, s.units());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("fates");
            for (UnitFate f : p.fates()) {
                g.writeStartObject();
                g.writeStringField("unit", f.unitId());
                g.writeStringField("file", f.source());
                g.writeStringField("fate", f.fate().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("coveredBy", f.coveredBy());
                if (f.coveredBy() != null) {
                    g.writeNumberField("score", Math.round(f.score() * 100) / 100.0);
                    g.writeStringField("reason", f.reason());
                }
                g.writeStringField("text", f.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer + "\n";
    }

    private static void units(JsonGenerator g, List<MergedUnit> units) throws IOException {
        g.writeStartArray();
        for (MergedUnit u : units) {
            g.writeStartObject();
            g.writeStringField("unit", u.id());
            g.writeStringField("kind", u.kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("text", u.text());
            g.writeFieldName("sources");
            strings(g, u.sources());
            if (!u.children().isEmpty()) {
                g.writeFieldName("children");
                units(g, u.children());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
