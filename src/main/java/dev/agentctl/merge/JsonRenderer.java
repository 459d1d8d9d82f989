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
            g.writeBooleanField("allTools", p.tools() == null);
            g.writeFieldName("tools");
            if (p.tools() == null) {
                g.writeNull();
            } else {
                strings(g, p.tools());
            }
            g.writeStringField("model", p.model());
            g.writeStringField("color", p.color());
            g.writeObjectFieldStart("extra");
            for (Map.Entry<String, Object> e : p.extra().entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
            g.writeFieldName("sources");
            strings(g, p.sources());
            g.writeFieldName("notes");
            strings(g, p.notes());
            g.writeFieldName("warnings");
            strings(g, p.warnings());
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
            g.writeArrayFieldStart("remarks");
            for (Remark r : p.remarks()) {
                g.writeStartObject();
                g.writeStringField("kind", r.kind());
                g.writeFieldName("units");
                strings(g, r.units());
                g.writeNumberField("score", Math.round(r.score() * 100) / 100.0);
                g.writeStringField("detail", r.detail());
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

    /** A frontmatter value with its type: lists as arrays, numbers as numbers, booleans as booleans. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else if (v instanceof Integer n) {
            g.writeNumber(n);
        } else if (v instanceof Double n) {
            g.writeNumber(n);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v == null) {
            g.writeNull();
        } else {
            g.writeString(String.valueOf(v));
        }
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
