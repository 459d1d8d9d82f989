package dev.agentctl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.agentctl.SharedData;
import dev.agentctl.diag.Diagnostic;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.parse.AgentFile;
import dev.agentctl.parse.AgentLoader;
import dev.agentctl.parse.AgentParser;
import dev.agentctl.parse.FileDiscovery;
import dev.agentctl.rules.Linter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exported schema, checked by a real JSON Schema 2020-12 validator: it is a valid schema, and on every reference
 * frontmatter that Claude Code loads it accepts exactly the files on which agentctl's field-value rules find nothing.
 */
class SchemaAgreementTest {

    /** The rules about a field's value; the schema encodes the same judgements. */
    private static final Set<String> FIELD_VALUE_RULES =
            Set.of("AG015", "AG023", "AG024", "AG025", "AG026", "AG027", "AG028", "AG029");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Vocabulary VOCABULARY = Vocabulary.builtIn();

    @Test
    void theSchemaIsValidJsonSchema202012() {
        JsonSchema meta = FACTORY.getSchema(java.net.URI.create(FrontmatterSchema.DIALECT));
        Set<ValidationMessage> problems = meta.validate(FrontmatterSchema.of(VOCABULARY), InputFormat.JSON);
        assertEquals(Set.of(), problems);
        assertTrue(!meta.validate("{\"type\": 5}", InputFormat.JSON).isEmpty(), "the meta-schema check does check");
    }

    @Test
    void schemaAndFieldRulesAgreeOnEveryLoadedReferenceFrontmatter() throws Exception {
        JsonSchema schema = FACTORY.getSchema(FrontmatterSchema.of(VOCABULARY));
        AgentParser parser = new AgentParser(VOCABULARY);
        AgentLoader loader = new AgentLoader(parser);
        Linter linter = new Linter(VOCABULARY, Map.of());
        List<AgentFile> files = new ArrayList<>(FileDiscovery.discover(
                List.of(SharedData.require("corpus/files"), SharedData.require("spec/cases")), Path.of(""), p -> true).files());
        int loaded = 0;
        int rejected = 0;
        List<String> disagreements = new ArrayList<>();
        for (AgentFile file : files) {
            AgentDocument doc = loader.load(file);
            if (!doc.loads()) {
                continue;
            }
            loaded++;
            JsonNode frontmatter = JSON.valueToTree(doc.root().plain());
            Set<String> schemaSays = schema.validate(frontmatter).stream()
                    .map(m -> m.getInstanceLocation() + " " + m.getMessage()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> rulesSay = linter.check(doc).stream().filter(d -> FIELD_VALUE_RULES.contains(d.ruleId()))
                    .map(Diagnostic::ruleId).collect(Collectors.toCollection(TreeSet::new));
            rejected += schemaSays.isEmpty() ? 0 : 1;
            if (schemaSays.isEmpty() != rulesSay.isEmpty()) {
                disagreements.add(file.displayPath() + ": schema " + schemaSays + ", rules " + rulesSay);
            }
        }
        System.out.printf("schema agreement: %d loaded frontmatters, %d rejected by the schema, %d disagreements%n",
                loaded, rejected, disagreements.size());
        disagreements.forEach(d -> System.out.println("  DISAGREE " + d));
        assertTrue(loaded > 0);
        assertEquals(List.of(), disagreements);
    }
}
