package dev.agentctl.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.agentctl.schema.FrontmatterSchema;
import dev.agentctl.schema.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each frontmatter key means and which values it takes, read from agentctl's JSON Schema so that hover and
 * completion say what {@code agentctl schema} and the rules say.
 */
final class FieldDocs {

    /** @param values the accepted values, or examples of them, as written in YAML; empty when any value goes */
    record Field(String key, String description, List<String> values) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();

    FieldDocs(Vocabulary vocabulary) {
        JsonObject properties = JsonParser.parseString(FrontmatterSchema.of(vocabulary)).getAsJsonObject()
                .getAsJsonObject("properties");
        for (String key : vocabulary.recognizedKeys()) {
            JsonObject p = properties.has(key) ? properties.getAsJsonObject(key) : new JsonObject();
            String description = p.has("description") ? p.get("description").getAsString() : "";
            List<String> values = new ArrayList<>();
            for (String list : List.of("enum", "examples")) {
                if (p.has(list)) {
                    for (JsonElement v : p.getAsJsonArray(list)) {
                        if (!v.isJsonNull() && !values.contains(v.getAsString())) {
                            values.add(v.getAsString());
                        }
                    }
                }
            }
            fields.put(key, new Field(key, description, List.copyOf(values)));
        }
    }

    /** Null for a key Claude Code does not recognise. */
    Field field(String key) {
        return fields.get(key);
    }

    List<Field> all() {
        return List.copyOf(fields.values());
    }
}
