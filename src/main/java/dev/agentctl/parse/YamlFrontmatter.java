package dev.agentctl.parse;

import dev.agentctl.model.Location;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses a frontmatter block as Claude Code does: YAML 1.2 (core schema, duplicate keys allowed, last one wins),
 * and when that fails, once more after {@link QuoteRepair}. Nodes keep their positions in the original file, also
 * after the repair moved text around. Only composes nodes: no tag ever instantiates a Java object.
 */
public final class YamlFrontmatter {

    /** Aliases to collections beyond this make the parse fail, as Claude Code's YAML library does past its own cap. */
    private static final int MAX_ALIASES = 100;
    private static final int MAX_DEPTH = 200;
    /**
     * Nodes that aliases may repeat in all. The alias cap alone lets a hundred aliases nest (a billion laughs:
     * ten aliases to ten aliases to … a billion nodes); Claude Code's YAML library rejects such a document too.
     */
    private static final int MAX_ALIAS_EXPANSION = 10_000;

    /**
     * What a plain scalar must be, or start with, to be anything but a string in snakeyaml-engine's core schema: a
     * number starts with one of these characters, and bool and null are these exact words. A test holds this to the
     * resolver, for every first character.
     */
    private static final String NUMBER_FIRST = "-+.0123456789";
    private static final Set<String> NON_STRING_WORDS =
            Set.of("true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", " ");

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new SharedResolverCoreSchema())
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setUseMarks(true)
            .build();

    private YamlFrontmatter() {
    }

    /** The YAML 1.2 core schema with one resolver for every parse; the stock schema builds a new one per call. */
    private static final class SharedResolverCoreSchema extends CoreSchema {
        private final ScalarResolver resolver = super.getScalarResolver();

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }
    }

    public static ParsedFrontmatter parse(SourceFile source, FrontmatterBlock block) {
        YamlNode.Mapping flat = FlatFrontmatter.read(source, block, YamlFrontmatter::plainValue);
        if (flat != null) {
            return new ParsedFrontmatter(flat, ParsedFrontmatter.Stage.STRICT, null, null, List.of(), false);
        }
        return parseYaml(source, block);
    }

    /** The full parse, with snakeyaml-engine and the repair; {@link #parse} skips it for flat blocks. */
    static ParsedFrontmatter parseYaml(SourceFile source, FrontmatterBlock block) {
        String yaml = block.yaml(source.text());
        int base = block.yamlStart();
        CodePointOffsets strictOffsets = new CodePointOffsets(yaml);
        try {
            YamlNode.Mapping root = asMapping(compose(yaml), source, i -> base + strictOffsets.charOffset(i));
            return new ParsedFrontmatter(root, ParsedFrontmatter.Stage.STRICT, null, null, List.of(), false);
        } catch (YamlEngineException strictFailure) {
            YamlProblem strictError = problem(strictFailure, source, i -> base + strictOffsets.charOffset(i));
            QuoteRepair.Result repaired = QuoteRepair.repair(yaml, YamlFrontmatter::isFlowList);
            RepairMap map = new RepairMap(yaml, repaired);
            CodePointOffsets repairedOffsets = new CodePointOffsets(repaired.text());
            IntUnaryOperator toFile = i -> base + map.toOriginal(repairedOffsets.charOffset(i));
            try {
                YamlNode.Mapping root = asMapping(compose(repaired.text()), source, toFile);
                return new ParsedFrontmatter(root, ParsedFrontmatter.Stage.REPAIRED, strictError, null,
                        located(repaired, map, source, base), false);
            } catch (YamlEngineException repairFailure) {
                YamlProblem repairError = problem(repairFailure, source, toFile);
                QuoteRepair.Result onLf = repairWithoutCarriageReturns(yaml);
                if (onLf != null) {
                    return new ParsedFrontmatter(YamlNode.Mapping.EMPTY, ParsedFrontmatter.Stage.FAILED, strictError,
                            repairError, located(onLf, map, source, base), true);
                }
                return new ParsedFrontmatter(YamlNode.Mapping.EMPTY, ParsedFrontmatter.Stage.FAILED, strictError,
                        repairError, located(repaired, map, source, base), false);
            }
        }
    }

    /** File positions of the values a repair rewrote; lines are the same in every variant of the block. */
    private static List<ParsedFrontmatter.RepairedValue> located(QuoteRepair.Result repaired, RepairMap map,
                                                                 SourceFile source, int base) {
        List<ParsedFrontmatter.RepairedValue> out = new ArrayList<>();
        for (QuoteRepair.RewrittenLine line : repaired.rewritten()) {
            int start = base + map.originalLineStart(line.lineIndex()) + line.valueColumn();
            out.add(new ParsedFrontmatter.RepairedValue(
                    line.key(), line.value(), source.span(start, start + line.value().length())));
        }
        return out;
    }

    /** The repair as it would run with LF line endings, when that rescues a CRLF block; otherwise null. */
    private static QuoteRepair.Result repairWithoutCarriageReturns(String yaml) {
        if (yaml.indexOf('\r') < 0) {
            return null;
        }
        QuoteRepair.Result onLf = QuoteRepair.repair(yaml.replace("\r\n", "\n"), YamlFrontmatter::isFlowList);
        try {
            compose(onLf.text());
            return onLf.rewritten().isEmpty() ? null : onLf;
        } catch (YamlEngineException e) {
            return null;
        }
    }

    /** Whether text on its own is a YAML flow sequence: the repair leaves {@code [a, b]} values alone. */
    static boolean isFlowList(String value) {
        try {
            return compose(value).orElse(null) instanceof SequenceNode;
        } catch (YamlEngineException e) {
            return false;
        }
    }

    /** Whether {@code key: value} on its own is valid YAML that reads the value as exactly this string. */
    public static boolean readsSameStrictly(String key, String value) {
        try {
            Optional<Node> node = compose(key + ": " + value);
            if (node.isPresent() && node.get() instanceof MappingNode m && m.getValue().size() == 1
                    && m.getValue().get(0).getValueNode() instanceof ScalarNode scalar) {
                return value.equals(scalarValue(scalar));
            }
            return false;
        } catch (YamlEngineException e) {
            return false;
        }
    }

    /**
     * Composes YAML as Claude Code's reader does. snakeyaml-engine refuses a tab where a token should start (between
     * {@code key:} or {@code -} and a value, before a comment, inside a flow list), which YAML 1.2 and Claude Code
     * take as white space. Such a tab, found where the parse stopped, is read again as a space, one for one, so every
     * position still points into the file. Tabs that indent a line stay: they are invalid YAML for Claude Code too,
     * and its repair deals with them. If the text still fails, the first error stands.
     */
    private static Optional<Node> compose(String yaml) {
        String text = yaml;
        YamlEngineException first = null;
        for (int retry = 0; ; retry++) {
            try {
                return composeOnce(text);
            } catch (YamlEngineException e) {
                first = first == null ? e : first;
                int tab = retry < MAX_TAB_RETRIES ? separatingTab(text, e) : -1;
                if (tab < 0) {
                    throw first;
                }
                StringBuilder spaced = new StringBuilder(text);
                for (int i = tab; i < spaced.length() && spaced.charAt(i) == '\t'; i++) {
                    spaced.setCharAt(i, ' ');
                }
                text = spaced.toString();
            }
        }
    }

    /** The offset of the tab a parse stopped at, when it separates tokens rather than indenting a line; else -1. */
    private static int separatingTab(String text, YamlEngineException e) {
        if (!(e instanceof MarkedYamlEngineException marked) || marked.getProblemMark().isEmpty()) {
            return -1;
        }
        int codePoints = marked.getProblemMark().get().getIndex();
        if (codePoints > text.codePointCount(0, text.length())) {
            return -1;
        }
        int at = text.offsetByCodePoints(0, codePoints);
        if (at >= text.length() || text.charAt(at) != '\t') {
            return -1;
        }
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r' ? -1 : at;
    }

    private static Optional<Node> composeOnce(String yaml) {
        try {
            return new Compose(SETTINGS).composeString(yaml);
        } catch (StackOverflowError deep) {
            throw new YamlEngineException("the YAML is nested too deeply to read");
        } catch (IndexOutOfBoundsException readerBug) {
            // snakeyaml-engine 2.9's StreamReader overruns its buffer on some characters YAML forbids (control
            // characters around offset 1024, found by fuzzing); such text is invalid YAML for every parser.
            throw new YamlEngineException("it contains characters YAML does not allow");
        }
    }

    private static YamlNode.Mapping asMapping(Optional<Node> node, SourceFile source, IntUnaryOperator toFile) {
        if (node.isEmpty() || !(node.get() instanceof MappingNode)) {
            return YamlNode.Mapping.EMPTY;
        }
        return (YamlNode.Mapping) new Converter(source, toFile).convert(node.get(), 0);
    }

    private static YamlProblem problem(YamlEngineException e, SourceFile source, IntUnaryOperator toFile) {
        if (e instanceof MarkedYamlEngineException marked) {
            // "while scanning a simple key" marks where the bad line starts; the problem mark is the line after it.
            boolean keyContext = "while scanning a simple key".equals(marked.getContext());
            Optional<Mark> mark = keyContext && marked.getContextMark().isPresent()
                    ? marked.getContextMark() : marked.getProblemMark().or(marked::getContextMark);
            String what = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
            if (mark.isPresent()) {
                return new YamlProblem(clean(what), source.lines().point(toFile.applyAsInt(mark.get().getIndex())));
            }
            return new YamlProblem(clean(what), Location.FILE_START);
        }
        return new YamlProblem(clean(e.getMessage()), Location.FILE_START);
    }

    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "invalid YAML";
        }
        String firstLine = message.strip().lines().findFirst().orElse("invalid YAML");
        return firstLine.endsWith(".") ? firstLine.substring(0, firstLine.length() - 1) : firstLine;
    }

    /**
     * Turns composed nodes into {@link YamlNode}s; an alias cycle becomes an empty collection. An alias is the same
     * {@link Node} met again, so a node seen before is counted against {@link #MAX_ALIAS_EXPANSION} with everything
     * under it.
     */
    private static final String MERGE_KEY = "<<";
    /** Separating tabs read again as spaces, at most, before a parse gives up. */
    private static final int MAX_TAB_RETRIES = 64;

    private static final class Converter {
        private final SourceFile source;
        private final IntUnaryOperator toFile;
        private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
        private final Map<Node, Boolean> seen = new IdentityHashMap<>();
        private int insideAliases;
        private int repeated;

        Converter(SourceFile source, IntUnaryOperator toFile) {
            this.source = source;
            this.toFile = toFile;
        }

        YamlNode convert(Node node, int depth) {
            if (depth > MAX_DEPTH) {
                throw new YamlEngineException("the YAML is nested more than " + MAX_DEPTH + " levels deep");
            }
            boolean alias = seen.put(node, Boolean.TRUE) != null;
            if (alias) {
                insideAliases++;
            }
            try {
                if (insideAliases > 0 && ++repeated > MAX_ALIAS_EXPANSION) {
                    throw new YamlEngineException("its aliases repeat more than " + MAX_ALIAS_EXPANSION
                            + " nodes (an alias bomb)");
                }
                return convertNode(node, depth);
            } finally {
                if (alias) {
                    insideAliases--;
                }
            }
        }

        private YamlNode convertNode(Node node, int depth) {
            Location location = location(node);
            if (node instanceof ScalarNode scalar) {
                boolean quoted = scalar.getScalarStyle() != ScalarStyle.PLAIN;
                return new YamlNode.Scalar(scalarValue(scalar), quoted, location);
            }
            if (inProgress.containsKey(node)) {
                return node instanceof SequenceNode
                        ? new YamlNode.Sequence(List.of(), location)
                        : new YamlNode.Mapping(List.of(), location);
            }
            inProgress.put(node, Boolean.TRUE);
            try {
                if (node instanceof SequenceNode seq) {
                    List<YamlNode> items = new ArrayList<>(seq.getValue().size());
                    for (Node item : seq.getValue()) {
                        items.add(convert(item, depth + 1));
                    }
                    return new YamlNode.Sequence(items, location);
                }
                MappingNode map = (MappingNode) node;
                List<YamlNode.Entry> entries = new ArrayList<>(map.getValue().size());
                List<YamlNode> merged = new ArrayList<>();
                for (NodeTuple tuple : map.getValue()) {
                    YamlNode key = convert(tuple.getKeyNode(), depth + 1);
                    YamlNode value = convert(tuple.getValueNode(), depth + 1);
                    if (MERGE_KEY.equals(keyText(key.plain()))) {
                        merged.add(value);
                    } else {
                        entries.add(new YamlNode.Entry(keyText(key.plain()), key.location(), value));
                    }
                }
                return new YamlNode.Mapping(merge(entries, merged), location);
            } finally {
                inProgress.remove(node);
            }
        }

        /**
         * Claude Code's YAML reader applies merge keys ({@code <<: *base}, also quoted, also a list of maps where the
         * earlier wins): a merged key is added unless the mapping writes it itself, wherever. Anything else under
         * {@code <<} is dropped.
         */
        private static List<YamlNode.Entry> merge(List<YamlNode.Entry> entries, List<YamlNode> merged) {
            if (merged.isEmpty()) {
                return entries;
            }
            java.util.Set<String> keys = new java.util.HashSet<>();
            entries.forEach(e -> keys.add(e.key()));
            List<YamlNode.Entry> out = new ArrayList<>(entries);
            for (YamlNode value : merged) {
                List<YamlNode> sources = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
                for (YamlNode source : sources) {
                    if (source instanceof YamlNode.Mapping m) {
                        for (YamlNode.Entry e : m.entries()) {
                            if (m.get(e.key()) == e && keys.add(e.key())) {
                                out.add(e);
                            }
                        }
                    }
                }
            }
            return out;
        }

        private Location location(Node node) {
            if (source == null || node.getStartMark().isEmpty()) {
                return Location.FILE_START;
            }
            int start = toFile.applyAsInt(node.getStartMark().get().getIndex());
            int end = node.getEndMark().map(m -> toFile.applyAsInt(m.getIndex())).orElse(start);
            return source.span(start, end);
        }
    }

    /** Keys become strings, as JavaScript object keys do. */
    private static String keyText(Object key) {
        if (key instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(key);
    }

    /** The YAML 1.2 core schema's reading of a scalar; unknown tags read as strings, never as objects. */
    private static Object scalarValue(ScalarNode scalar) {
        return typed(scalar.getValue(), scalar.getTag());
    }

    /** A plain scalar's value, typed as the core schema resolves it. */
    static Object plainValue(String text) {
        if (!text.isEmpty() && NUMBER_FIRST.indexOf(text.charAt(0)) < 0 && !NON_STRING_WORDS.contains(text)) {
            return text; // most keys and values: the resolver's regular expressions would all fail, and say string
        }
        return resolved(text);
    }

    /** What the core schema's resolver makes of a plain scalar, with no shortcut. */
    static Object resolved(String text) {
        return typed(text, SETTINGS.getSchema().getScalarResolver().resolve(text, true));
    }

    private static Object typed(String text, Tag tag) {
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return text.equalsIgnoreCase("true");
        }
        if (Tag.INT.equals(tag)) {
            return parseInt(text);
        }
        if (Tag.FLOAT.equals(tag)) {
            return parseFloat(text);
        }
        return text;
    }

    private static Object parseInt(String text) {
        try {
            String t = text;
            int sign = 1;
            if (t.startsWith("-") || t.startsWith("+")) {
                sign = t.startsWith("-") ? -1 : 1;
                t = t.substring(1);
            }
            BigInteger value;
            if (t.startsWith("0x")) {
                value = new BigInteger(t.substring(2), 16);
            } else if (t.startsWith("0o")) {
                value = new BigInteger(t.substring(2), 8);
            } else {
                value = new BigInteger(t);
            }
            if (sign < 0) {
                value = value.negate();
            }
            return value.bitLength() < 63 ? (Object) value.longValue() : (Object) value.doubleValue();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Object parseFloat(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.endsWith(".nan")) {
            return Double.NaN;
        }
        if (t.endsWith(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** snakeyaml-engine counts in code points; Java strings in UTF-16 units. Identity unless the text has surrogates. */
    private static final class CodePointOffsets {
        private final int[] charOffsetOfCodePoint;

        CodePointOffsets(String text) {
            boolean surrogates = false;
            for (int i = 0; i < text.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(text.charAt(i));
            }
            if (!surrogates) {
                charOffsetOfCodePoint = null;
                return;
            }
            int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                offsets[cp++] = i;
            }
            offsets[cp] = text.length();
            charOffsetOfCodePoint = offsets;
        }

        int charOffset(int codePointIndex) {
            if (charOffsetOfCodePoint == null) {
                return codePointIndex;
            }
            return charOffsetOfCodePoint[Math.max(0, Math.min(codePointIndex, charOffsetOfCodePoint.length - 1))];
        }
    }

    /** Maps offsets in the repaired text back to the original block; the repair never adds or removes lines. */
    private static final class RepairMap {
        private final int[] originalStarts;
        private final int[] repairedStarts;
        private final int[] originalLengths;
        private final QuoteRepair.Result repaired;
        private final Map<Integer, QuoteRepair.RewrittenLine> rewrittenByLine = new java.util.HashMap<>();

        RepairMap(String original, QuoteRepair.Result repaired) {
            this.repaired = repaired;
            this.originalStarts = lineStarts(original);
            this.repairedStarts = lineStarts(repaired.text());
            this.originalLengths = new int[originalStarts.length];
            for (int i = 0; i < originalStarts.length; i++) {
                int end = i + 1 < originalStarts.length ? originalStarts[i + 1] - 1 : original.length();
                originalLengths[i] = end - originalStarts[i];
            }
            for (QuoteRepair.RewrittenLine line : repaired.rewritten()) {
                rewrittenByLine.put(line.lineIndex(), line);
            }
        }

        int originalLineStart(int lineIndex) {
            return originalStarts[lineIndex];
        }

        int toOriginal(int repairedOffset) {
            int line = java.util.Arrays.binarySearch(repairedStarts, repairedOffset);
            line = line >= 0 ? line : -line - 2;
            line = Math.max(0, Math.min(line, originalStarts.length - 1));
            int column = repairedOffset - repairedStarts[line];
            int tabs = repaired.leadingTabs()[line];
            QuoteRepair.RewrittenLine rewritten = rewrittenByLine.get(line);
            int originalColumn;
            if (tabs > 0) {
                originalColumn = column < 2 * tabs ? column / 2 : column - tabs;
            } else if (rewritten != null && column > rewritten.key().length() + 1) {
                // key: "value" — the opening quote maps to the value's start, the rest as closely as escapes allow.
                int intoValue = Math.max(0, column - rewritten.key().length() - 3);
                originalColumn = rewritten.valueColumn() + Math.min(intoValue, rewritten.value().length());
            } else {
                originalColumn = column;
            }
            return originalStarts[line] + Math.min(originalColumn, originalLengths[line]);
        }

        private static int[] lineStarts(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
