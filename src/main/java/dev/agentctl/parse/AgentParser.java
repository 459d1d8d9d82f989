package dev.agentctl.parse;

import dev.agentctl.model.AgentDefinition;
import dev.agentctl.model.LoadOutcome;
import dev.agentctl.model.Located;
import dev.agentctl.model.Location;
import dev.agentctl.model.ModelRef;
import dev.agentctl.model.ToolSpec;
import dev.agentctl.schema.FieldCatalog;
import dev.agentctl.schema.Vocabulary;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * Reads one agent file the way Claude Code 2.1.332 does: split, parse (with the repair), then interpret each field,
 * deciding whether the agent loads, is skipped without a word, or is reported as an error. Stateless and
 * thread-safe.
 */
public final class AgentParser {

    public static final String MISSING_NAME = "Missing required \"name\" field in frontmatter";
    public static final String MISSING_DESCRIPTION = "Missing required \"description\" field in frontmatter";
    private static final int MAX_NAME_LENGTH = 256;

    private final Vocabulary vocabulary;
    private final HookShape hooks;

    public AgentParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.hooks = new HookShape(vocabulary);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** A file Claude Code never reads because of its size; its text is not read either. */
    public AgentDocument tooLarge(SourceFile placeholder, long byteSize) {
        return new AgentDocument(placeholder, byteSize, null, null, LoadOutcome.SKIPPED, LoadProblem.TOO_LARGE,
                "file is " + byteSize + " bytes, over Claude Code's limit of " + vocabulary.fileSizeLimit() + " bytes",
                Location.FILE_START, null);
    }

    /** A file that could not be read; Claude Code cannot load it either. */
    public AgentDocument unreadable(SourceFile placeholder, String why) {
        return new AgentDocument(placeholder, 0, null, null, LoadOutcome.SKIPPED, LoadProblem.UNREADABLE, why,
                Location.FILE_START, null);
    }

    /**
     * A file saved as UTF-16 or UTF-32. Claude Code reads it as UTF-8, finds no frontmatter in what comes out and
     * ignores it; the text kept is that reading.
     */
    public AgentDocument foreignEncoding(SourceFile source, long byteSize, String encoding) {
        return new AgentDocument(source, byteSize, null, null, LoadOutcome.SKIPPED, LoadProblem.FOREIGN_ENCODING,
                "the file is " + encoding + " text, but Claude Code reads agent files as UTF-8 and finds no frontmatter",
                Location.FILE_START, null);
    }

    public AgentDocument parse(SourceFile source, long byteSize) {
        if (byteSize > vocabulary.fileSizeLimit()) {
            return tooLarge(source, byteSize);
        }
        Optional<FrontmatterBlock> split = FrontmatterSplitter.split(source.text());
        if (split.isEmpty()) {
            boolean opened = source.text().startsWith("---");
            return new AgentDocument(source, byteSize, null, null, LoadOutcome.SKIPPED,
                    opened ? LoadProblem.UNTERMINATED_FRONTMATTER : LoadProblem.NO_FRONTMATTER,
                    opened ? "the frontmatter is not closed with `---`" : "no frontmatter", Location.FILE_START, null);
        }
        FrontmatterBlock block = split.get();
        ParsedFrontmatter fm = YamlFrontmatter.parse(source, block);
        AgentDefinition definition = interpret(fm.root(), source, block);
        if (fm.stage() == ParsedFrontmatter.Stage.FAILED) {
            return new AgentDocument(source, byteSize, block, fm, LoadOutcome.SKIPPED, LoadProblem.INVALID_YAML,
                    "the frontmatter is not valid YAML, even after Claude Code's repair: " + fm.repairError().message(),
                    fm.repairError().location(), definition);
        }
        Verdict verdict = judge(fm.root());
        return new AgentDocument(source, byteSize, block, fm, verdict.outcome, verdict.problem, verdict.reason,
                verdict.location == null ? Location.FILE_START : verdict.location, definition);
    }

    private record Verdict(LoadOutcome outcome, LoadProblem problem, String reason, Location location) {
    }

    private Verdict judge(YamlNode.Mapping root) {
        YamlNode.Entry name = root.get("name");
        Object nameValue = name == null ? null : name.value().plain();
        if (!JsValues.truthy(nameValue)) {
            return new Verdict(LoadOutcome.SKIPPED, LoadProblem.MISSING_NAME, "no `name` in the frontmatter",
                    name == null ? root.location() : name.keyLocation());
        }
        if (!(nameValue instanceof String n)) {
            return new Verdict(LoadOutcome.ERROR, LoadProblem.NAME_NOT_A_STRING, MISSING_NAME, name.value().location());
        }
        if (n.startsWith("-")) {
            return new Verdict(LoadOutcome.ERROR, LoadProblem.INVALID_NAME, "Invalid \"name\": names must not start with \"-\"", name.value().location());
        }
        if (n.length() > MAX_NAME_LENGTH) {
            return new Verdict(LoadOutcome.ERROR, LoadProblem.INVALID_NAME, "Invalid \"name\": names must be at most 256 characters", name.value().location());
        }
        if (Normalizer.normalize(n, Normalizer.Form.NFKC).contains(":")) {
            return new Verdict(LoadOutcome.ERROR, LoadProblem.INVALID_NAME,
                    "Invalid \"name\": names must not contain \":\" (reserved for plugin namespacing)", name.value().location());
        }
        YamlNode.Entry description = root.get("description");
        Object descriptionValue = description == null ? null : description.value().plain();
        if (!(descriptionValue instanceof String d) || d.isEmpty()) {
            return new Verdict(LoadOutcome.ERROR, LoadProblem.MISSING_DESCRIPTION, MISSING_DESCRIPTION,
                    description == null ? name.keyLocation() : description.value().location());
        }
        Verdict hooks = judgeHooks(root);
        return hooks != null ? hooks : new Verdict(LoadOutcome.LOADED, null, null, null);
    }

    /** Guard hooks outside {@code hooks:}, or hooks Claude Code cannot read, stop the agent from loading. */
    private Verdict judgeHooks(YamlNode.Mapping root) {
        HookShape.Problem problem = hooks.judge(root);
        return problem == null ? null : new Verdict(LoadOutcome.ERROR, problem.kind(), problem.message(), problem.location());
    }

    private AgentDefinition interpret(YamlNode.Mapping root, SourceFile source, FrontmatterBlock block) {
        Located<Boolean> background = read(root, FieldCatalog.BACKGROUND);
        Located<String> memory = read(root, FieldCatalog.MEMORY);
        return new AgentDefinition(
                stringField(root, "name"),
                description(root),
                withMemoryTools(ToolListParser.parse(valueOf(root, "tools"), source), memory),
                root.get("disallowedTools") == null ? null : ToolListParser.parse(valueOf(root, "disallowedTools"), source),
                model(root),
                read(root, FieldCatalog.COLOR),
                read(root, FieldCatalog.PERMISSION_MODE),
                read(root, FieldCatalog.MAX_TURNS),
                read(root, FieldCatalog.EFFORT),
                memory,
                read(root, FieldCatalog.ISOLATION),
                background != null && background.value() ? background : null,
                skills(root, source),
                read(root, FieldCatalog.INITIAL_PROMPT),
                JsText.trim(source.text().substring(block.bodyStart())));
    }

    /**
     * An agent with memory also gets the tools it keeps its memory with, added to an explicit tool list (an empty one
     * too) where missing; they stand at the {@code memory} value, since the file does not list them.
     */
    private ToolSpec withMemoryTools(ToolSpec tools, Located<String> memory) {
        if (memory == null || tools.allTools()) {
            return tools;
        }
        List<Located<String>> entries = new java.util.ArrayList<>(tools.entries());
        java.util.Set<String> listed = new java.util.HashSet<>(tools.names());
        for (String tool : vocabulary.memoryTools()) {
            if (listed.add(tool)) {
                entries.add(new Located<>(tool, memory.location()));
            }
        }
        return ToolSpec.of(entries);
    }

    /** A simple field as Claude Code keeps it, at the value's location; null when absent or dropped. */
    @SuppressWarnings("unchecked")
    private <T> Located<T> read(YamlNode.Mapping root, FieldCatalog.Field field) {
        YamlNode v = valueOf(root, field.key());
        Object value = v == null ? null : FieldReader.read(field, v, vocabulary);
        return value == null ? null : new Located<>((T) value, v.location());
    }

    private static YamlNode valueOf(YamlNode.Mapping root, String key) {
        YamlNode.Entry e = root.get(key);
        return e == null ? null : e.value();
    }

    private static Located<String> stringField(YamlNode.Mapping root, String key) {
        YamlNode v = valueOf(root, key);
        return v != null && v.plain() instanceof String s ? new Located<>(s, v.location()) : null;
    }

    private static Located<String> description(YamlNode.Mapping root) {
        Located<String> d = stringField(root, "description");
        // Claude Code turns the two characters \n into a line break.
        return d == null ? null : new Located<>(d.value().replace("\\n", "\n"), d.location());
    }

    private Located<ModelRef> model(YamlNode.Mapping root) {
        Located<String> raw = stringField(root, "model");
        if (raw == null) {
            return null;
        }
        String m = JsText.trim(raw.value());
        if (m.isEmpty()) {
            return null;
        }
        ModelRef ref;
        if (m.equalsIgnoreCase("inherit")) {
            ref = new ModelRef("inherit", ModelRef.Kind.INHERIT);
        } else if (vocabulary.isModelAlias(m)) {
            ref = new ModelRef(m, ModelRef.Kind.ALIAS);
        } else {
            ref = new ModelRef(m, ModelRef.Kind.MODEL_ID);
        }
        return new Located<>(ref, raw.location());
    }

    private static List<Located<String>> skills(YamlNode.Mapping root, SourceFile source) {
        YamlNode v = valueOf(root, "skills");
        return v == null ? List.of() : ToolListParser.parse(v, source).entries();
    }
}
