package dev.agentctl.merge;

import dev.agentctl.merge.text.EmbeddingSimilarity;
import dev.agentctl.merge.text.LexicalSimilarity;
import dev.agentctl.merge.text.Similarity;
import dev.agentctl.model.AgentDefinition;
import dev.agentctl.parse.AgentDocument;
import dev.agentctl.schema.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges variants of one agent into one profile: frontmatter by {@link FrontmatterMerger}'s policy, body by
 * {@link BodyMerger}. Takes parsed documents and never reads files. Immutable and thread-safe.
 */
public final class Merger {

    private final Vocabulary vocabulary;
    private final MergePolicy policy;
    private final SentenceEmbedder embedder;

    public Merger(Vocabulary vocabulary, MergePolicy policy) {
        this(vocabulary, policy, null);
    }

    /** @param embedder also collapse sentences whose embeddings agree ({@link MergePolicy#semantic()}); null: don't */
    public Merger(Vocabulary vocabulary, MergePolicy policy, SentenceEmbedder embedder) {
        this.vocabulary = vocabulary;
        this.policy = policy;
        this.embedder = embedder;
    }

    /** The agent names among the documents, in first-seen order: more than one means the caller must pick a name. */
    public static Set<String> names(List<AgentDocument> docs) {
        Set<String> names = new LinkedHashSet<>();
        docs.forEach(d -> names.add(d.definition().nameValue()));
        return names;
    }

    /** The documents selected by {@code --name}, and those left out. */
    public record Selection(List<AgentDocument> selected, List<AgentDocument> leftOut) {
    }

    /**
     * The documents whose agent is called {@code name}. A plugin's agents are namespaced by Claude Code
     * ({@code plugin:agent}, or deeper), while their files name them bare: so a name matches when it is equal, when its
     * last {@code :} part equals a bare {@code name}, or when it is bare and equals the last part of {@code name}.
     */
    public static Selection select(List<AgentDocument> docs, String name) {
        List<AgentDocument> in = new ArrayList<>();
        List<AgentDocument> out = new ArrayList<>();
        for (AgentDocument d : docs) {
            (sameAgent(d.definition().nameValue(), name) ? in : out).add(d);
        }
        return new Selection(List.copyOf(in), List.copyOf(out));
    }

    static boolean sameAgent(String fileName, String wanted) {
        if (fileName == null) {
            return false;
        }
        if (fileName.equals(wanted)) {
            return true;
        }
        String bareFile = fileName.substring(fileName.lastIndexOf(':') + 1);
        String bareWanted = wanted.substring(wanted.lastIndexOf(':') + 1);
        return !wanted.contains(":") && bareFile.equals(wanted) || !fileName.contains(":") && fileName.equals(bareWanted);
    }

    /**
     * The strategy that tells which units and sections are about the same thing, for the layout and the likely
     * conflicts: weighted words, whose thresholds ({@link MergePolicy#sameItem()}, ...) are set on their scale. The
     * embedding strategy serves the sentence rule of {@code --semantic}, at {@link MergePolicy#semantic()}.
     */
    private static Similarity similarity(Lexicon lexicon, List<MergedSection> sections) {
        List<String> texts = new ArrayList<>();
        sections.forEach(s -> s.units().forEach(u -> collect(u, texts)));
        return new LexicalSimilarity(lexicon.terms(), texts);
    }

    /**
     * Kept units the layout joined into another item (same title, same thing in other words) say so: their text is in
     * the output, under the id of the unit they joined.
     */
    private static List<UnitFate> joined(List<UnitFate> fates, List<MergedSection> sections) {
        java.util.Map<String, String> host = new java.util.HashMap<>();
        java.util.Set<String> own = new java.util.HashSet<>();
        sections.forEach(s -> s.units().forEach(u -> hosts(u, host, own)));
        List<UnitFate> out = new ArrayList<>();
        for (UnitFate f : fates) {
            String into = host.get(f.unitId());
            if (f.fate() == UnitFate.Fate.KEPT && !own.contains(f.unitId()) && into != null) {
                out.add(new UnitFate(f.unitId(), f.source(), f.text(), f.fate(), into, 0, "joined"));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static void hosts(MergedUnit u, java.util.Map<String, String> host, java.util.Set<String> own) {
        own.add(u.id());
        u.sources().forEach(id -> host.putIfAbsent(id, u.id()));
        u.children().forEach(c -> hosts(c, host, own));
    }

    private static void collect(MergedUnit u, List<String> texts) {
        texts.add(u.text());
        u.children().forEach(c -> collect(c, texts));
    }

    public MergedProfile merge(List<AgentDocument> docs, String name) {
        return merge(docs, name, MergeOptions.DEFAULT);
    }

    /**
     * @param docs documents Claude Code loads, in merge order (the first sets the order of the body)
     * @param name the merged agent's name, or null to use the one name all documents share
     * @throws IllegalArgumentException when there is nothing to merge or the names differ and none is given
     */
    public MergedProfile merge(List<AgentDocument> docs, String name, MergeOptions options) {
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        if (docs.stream().anyMatch(d -> !d.loads())) {
            throw new IllegalArgumentException("only files Claude Code loads can be merged");
        }
        Set<String> names = names(docs);
        if (name == null && names.size() > 1) {
            throw new IllegalArgumentException("the files define several agents: " + String.join(", ", names));
        }
        List<AgentDefinition> agents = docs.stream().map(AgentDocument::definition).toList();
        Lexicon lexicon = new Lexicon();
        FrontmatterMerger front = new FrontmatterMerger(vocabulary, lexicon);
        List<String> notes = new ArrayList<>();
        if (name != null && (names.size() > 1 || !names.contains(name))) {
            notes.add("name: `" + name + "` given, replacing " + String.join(", ", names));
        }
        String description = front.description(agents);
        List<String> sources = docs.stream().map(AgentDocument::displayPath).toList();
        List<String> tools = front.tools(agents, options.tools(), options.toolsChosen(), sources);
        String model = front.majority("model", agents.stream().map(a -> a.model() == null ? null : a.model().value().value()).toList());
        String color = front.majority("color", agents.stream().map(a -> a.color() == null ? null : a.color().value()).toList());
        var extra = front.agreedExtras(docs);
        notes.addAll(front.notes());

        BodyMerger body = new BodyMerger(policy, lexicon, embedder == null ? null : new EmbeddingSimilarity(embedder));
        Copies copies = Copies.of(agents.stream().map(AgentDefinition::systemPrompt).toList());
        List<List<PromptSection>> parsed = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (!copies.isCopy(i)) {
                parsed.add(BodyParser.parse(agents.get(i).systemPrompt(), i));
            }
        }
        body.know(parsed);
        parsed.forEach(body::add);
        List<MergedSection> sections = copies.credit(body.sections());
        List<UnitFate> fates = options.findings() ? copies.fates(body.fates(sources::get), sources::get) : List.of();
        String merged = name == null ? names.iterator().next() : name;
        List<Remark> remarks = new ArrayList<>();
        if (docs.size() > 1) {
            Similarity similarity = similarity(lexicon, sections);
            sections = new Layout(similarity, policy).apply(sections);
            if (options.findings()) {
                remarks.addAll(Findings.variantSpecific(sections, Findings.textByVariant(fates), merged, docs.size()));
                remarks.addAll(Findings.likelyConflicts(sections, similarity, policy.conflict(), policy.sameItem()));
            }
            sections = Support.keep(sections, options.keep().threshold(docs.size()), remarks);
            if (options.findings()) {
                fates = joined(fates, sections);
            }
        }
        return new MergedProfile(merged, description, tools, model, color, extra, sections, fates, notes,
                front.warnings(), remarks, sources);
    }
}
