package dev.agentctl.merge;

import dev.agentctl.merge.text.Similarity;
import dev.agentctl.merge.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lays a merged body out as a person writes a prompt: sections in the usual order (identity, responsibilities,
 * approach or workflow, expertise, output format, constraints, closing); sections of one topic from different
 * variants as one section; no heading and no item title twice; every list under a title or a lead-in, one list per
 * section, numbered on; paragraphs of at most {@link #MAX_SENTENCES} sentences. Only the arrangement changes: every
 * sentence the merge kept is still there, as written.
 *
 * <p>Applied when two or more variants are merged; one file comes back as it was written.
 */
final class Layout {

    /** The longest paragraph a reader takes in at once; longer ones are split between sentences. */
    static final int MAX_SENTENCES = 6;

    /**
     * What a section is for, in the order prompts give them. Told from the words of its title: this is a model of how
     * prompts are written in general (the names people give these sections), not of any particular input.
     */
    enum Kind {
        IDENTITY("Identity"),
        RESPONSIBILITIES("Responsibilities", "responsibilit", "duties", "duty", "mission", "purpose", "role", "capabilit",
                "what you do", "focus", "objective", "goal"),
        APPROACH("Approach", "approach", "workflow", "process", "methodolog", "method", "step", "how you work",
                "strateg", "principle", "philosoph", "practice", "when "),
        EXPERTISE("Expertise", "expertise", "skill", "knowledge", "technolog", "stack", "specializ", "specialis",
                "competenc", "experience", "areas", "domain"),
        OUTPUT("Output", "output", "format", "deliverable", "report", "response", "communicat", "template"),
        CONSTRAINTS("Constraints", "constraint", "rule", "boundar", "limit", "never", "restriction", "avoid",
                "guardrail", "do not", "don't", "must not"),
        CLOSING("Closing"),
        /** No title words to go by: the section keeps its neighbour's place. */
        OTHER("Guidelines");

        final String label;
        final String[] cues;

        Kind(String label, String... cues) {
            this.label = label;
            this.cues = cues;
        }

        static Kind of(MergedSection s) {
            if (s.role() == PromptSection.Role.PERSONA) {
                return IDENTITY;
            }
            if (s.role() == PromptSection.Role.CLOSING) {
                return CLOSING;
            }
            if (s.title() == null) {
                return OTHER;
            }
            String title = " " + Text.plain(s.title()).toLowerCase(Locale.ROOT);
            Kind best = OTHER;
            int at = Integer.MAX_VALUE;
            // The cue that comes first in the title decides: "Output format rules" is about output.
            for (Kind k : values()) {
                for (String cue : k.cues) {
                    int i = cue.equals("when ") ? (title.startsWith(" when ") ? 0 : -1) : title.indexOf(cue);
                    if (i >= 0 && i < at) {
                        best = k;
                        at = i;
                    }
                }
            }
            return best;
        }
    }

    /** A top-level section with the deeper sections its author put under it; moved as one. */
    private static final class Block {
        final List<MergedSection> sections = new ArrayList<>();
        Kind kind;
        int rank;

        MergedSection head() {
            return sections.get(0);
        }
    }

    private final Similarity similarity;
    private final MergePolicy policy;

    Layout(Similarity similarity, MergePolicy policy) {
        this.similarity = similarity;
        this.policy = policy;
    }

    List<MergedSection> apply(List<MergedSection> input) {
        int top = topLevel(input);
        List<MergedSection> titled = new ArrayList<>();
        for (MergedSection s : input) {
            // A list needs a title to stand under: an untitled run of items gets the generic one, so that such runs of
            // several variants are one section.
            boolean untitledList = s.role() == PromptSection.Role.BODY && s.title() == null
                    && s.units().stream().anyMatch(u -> u.kind() == PromptUnit.Kind.ITEM);
            titled.add(untitledList ? new MergedSection(s.role(), PromptSection.Style.HEADING, top, Kind.OTHER.label, s.units(),
                    s.sources()) : s);
        }
        List<MergedSection> sections = mergeSameTitles(titled);
        List<Block> blocks = blocks(sections);
        blocks = mergeSameTopic(blocks);
        // Stable: blocks of one kind keep the order the merge gave them.
        blocks.sort(Comparator.comparingInt(b -> b.rank));
        List<MergedSection> out = new ArrayList<>();
        ItemTitles titles = new ItemTitles(similarity, policy.conflict());
        Map<MergedUnit, List<MergedUnit>> owner = new java.util.IdentityHashMap<>();
        for (Block b : blocks) {
            for (MergedSection s : b.sections) {
                out.add(arrange(s, out.size(), titles, owner));
            }
        }
        // Item titles seen again were joined into the first item that has them; write the joined items back.
        List<MergedSection> result = new ArrayList<>();
        for (MergedSection s : out) {
            List<MergedUnit> units = new ArrayList<>();
            for (MergedUnit u : s.units()) {
                if (owner.containsKey(u)) {
                    units.add(joinAll(u, owner.get(u)));
                } else if (!joinedAway.contains(u)) {
                    units.add(u);
                }
            }
            result.add(new MergedSection(s.role(), s.style(), s.level(), s.title(), units, s.sources()));
        }
        return dropEmptyTitles(result);
    }

    private final Set<MergedUnit> joinedAway = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Titles left with nothing under them and no deeper title after them go. */
    private static List<MergedSection> dropEmptyTitles(List<MergedSection> sections) {
        List<MergedSection> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            MergedSection s = sections.get(i);
            if (s.units().isEmpty()) {
                if (s.role() != PromptSection.Role.BODY || s.style() == PromptSection.Style.NONE) {
                    continue;
                }
                MergedSection next = i + 1 < sections.size() ? sections.get(i + 1) : null;
                // A title with nothing of its own heads what follows: deeper headings, or its own variant's bold
                // titles and lead-ins (another variant's only follow it by chance).
                boolean parent = next != null && next.role() == PromptSection.Role.BODY && next.style() != PromptSection.Style.NONE
                        && (next.style() == PromptSection.Style.HEADING ? s.style() == PromptSection.Style.HEADING
                        && next.level() > s.level() : variantOf(next) == variantOf(s));
                if (!parent) {
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * The level of the headings that divide the body: the shallowest below a level-1 heading when there are such (a
     * level-1 heading is most often a document's title, "# Backend Architect"), else the shallowest.
     */
    private static int topLevel(List<MergedSection> sections) {
        return sections.stream().filter(s -> s.style() == PromptSection.Style.HEADING && s.level() > 1)
                .mapToInt(MergedSection::level).min()
                .orElse(sections.stream().filter(s -> s.style() == PromptSection.Style.HEADING).mapToInt(MergedSection::level)
                        .min().orElse(2));
    }

    /** Whether a section was written, or aligned with one written, by the given variant. */
    private static boolean sharedWith(MergedSection s, int variant) {
        String prefix = variant + "/";
        return s.sources().stream().anyMatch(id -> id.startsWith(prefix));
    }

    /** A title written twice (as a heading or a bold line, in any case) is one section: the later's units join the first. */
    private static List<MergedSection> mergeSameTitles(List<MergedSection> input) {
        Map<String, Integer> byTitle = new HashMap<>();
        List<MergedSection> out = new ArrayList<>();
        for (MergedSection s : input) {
            String key = s.title() == null ? null : titleKey(s.title());
            Integer at = key == null || key.isEmpty() ? null : byTitle.get(key);
            if (at == null) {
                if (key != null && !key.isEmpty()) {
                    byTitle.put(key, out.size());
                }
                out.add(s);
            } else {
                MergedSection first = out.get(at);
                List<MergedUnit> units = new ArrayList<>(first.units());
                units.addAll(s.units());
                List<String> sources = new ArrayList<>(first.sources());
                sources.addAll(s.sources());
                out.set(at, new MergedSection(first.role(), first.style(), first.level(), first.title(), units, sources));
            }
        }
        return out;
    }

    /** A title as a reader compares titles: markup, numbering and case aside. */
    static String titleKey(String title) {
        return String.join(" ", Text.words(title));
    }

    private static int variantOf(MergedSection s) {
        return Support.variantOf(s.sources().get(0));
    }

    private static int variantOf(MergedUnit u) {
        return Support.variantOf(u.id());
    }

    /**
     * Groups sections into blocks: a block starts at each top-level heading, persona, closing and untitled run; deeper
     * headings that the block's variant wrote (alone or aligned with others), and bold or lead-in titles of the same
     * variant, stay in the block their author put them in; another variant's deeper heading only follows by chance.
     */
    private static List<Block> blocks(List<MergedSection> sections) {
        int top = topLevel(sections);
        List<Block> out = new ArrayList<>();
        Block current = null;
        MergedSection previous = null;
        for (MergedSection s : sections) {
            // A lead-in stays with the heading right above it when that heading has nothing else under it ("## Output
            // Format" over "When implementing features:"); elsewhere it opens a list of its own.
            boolean leadIn = s.style() == PromptSection.Style.INTRO && previous != null
                    && previous.style() == PromptSection.Style.HEADING && previous.units().isEmpty()
                    && variantOf(previous) == variantOf(s);
            boolean starts = current == null || s.role() != PromptSection.Role.BODY
                    || current.head().role() != PromptSection.Role.BODY
                    || s.style() == PromptSection.Style.NONE || s.style() == PromptSection.Style.INTRO && !leadIn
                    || s.style() == PromptSection.Style.HEADING && (s.level() <= top
                    || !sharedWith(s, variantOf(current.head())))
                    || s.style() == PromptSection.Style.BOLD && !boldStays(current, previous, s);
            previous = s;
            if (starts) {
                current = new Block();
                out.add(current);
            }
            current.sections.add(s);
        }
        for (Block b : out) {
            b.kind = Kind.of(b.head());
            b.rank = b.kind == Kind.OTHER ? Kind.EXPERTISE.ordinal() : b.kind.ordinal();
        }
        return out;
    }

    /**
     * A bold title stays in the heading block of its own variant when it heads that block's content (the heading right
     * above has nothing else under it) or says nothing about its kind; a bold title of a known kind after a heading
     * with content of its own ("**Advanced Expertise Areas:**" after a workspace list) only sits there by markdown
     * scope and opens a block of its own.
     */
    private static boolean boldStays(Block current, MergedSection previous, MergedSection s) {
        if (current.head().style() != PromptSection.Style.HEADING || variantOf(current.head()) != variantOf(s)) {
            return false;
        }
        return previous != null && previous.style() == PromptSection.Style.HEADING && previous.units().isEmpty()
                && variantOf(previous) == variantOf(s) || Kind.of(s) == Kind.OTHER;
    }

    /**
     * Flat sections of one kind from different variants that talk about the same things ("When designing…", "Your
     * Approach", "When providing solutions") are one section, under the first one's title.
     */
    private List<Block> mergeSameTopic(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            Block into = null;
            if (b.sections.size() == 1 && b.kind != Kind.OTHER && b.head().role() == PromptSection.Role.BODY && !b.head().units().isEmpty()) {
                double best = policy.sectionTopic();
                for (Block a : out) {
                    if (a.kind == b.kind && a.sections.size() == 1 && a.head().role() == PromptSection.Role.BODY
                            && !a.head().units().isEmpty() && variantOf(a.head()) != variantOf(b.head())) {
                        double score = similarity.similarity(content(a.head()), content(b.head()));
                        if (score >= best) {
                            best = score;
                            into = a;
                        }
                    }
                }
            }
            if (into == null) {
                out.add(b);
            } else {
                MergedSection first = into.head();
                List<MergedUnit> units = new ArrayList<>(first.units());
                units.addAll(b.head().units());
                List<String> sources = new ArrayList<>(first.sources());
                sources.addAll(b.head().sources());
                into.sections.set(0, new MergedSection(first.role(), first.style(), first.level(), first.title(), units, sources));
            }
        }
        return out;
    }

    private static String content(MergedSection s) {
        StringBuilder out = new StringBuilder(s.title() == null ? "" : s.title());
        s.units().forEach(u -> out.append('\n').append(u.text()));
        return out.toString();
    }

    /**
     * One section's units as a reader expects them: a lead-in paragraph, then one list (numbered on when its first item
     * is numbered), then the other paragraphs and blocks; items about the same thing joined; long paragraphs split.
     */
    private MergedSection arrange(MergedSection s, int ordinal, ItemTitles titles, Map<MergedUnit, List<MergedUnit>> owner) {
        List<MergedUnit> lead = new ArrayList<>();
        List<MergedUnit> items = new ArrayList<>();
        List<MergedUnit> rest = new ArrayList<>();
        for (int i = 0; i < s.units().size(); i++) {
            MergedUnit u = s.units().get(i);
            // A lead-in introduces what follows it: it heads the list only when a list item follows it.
            boolean leadsList = i + 1 < s.units().size() && s.units().get(i + 1).kind() == PromptUnit.Kind.ITEM;
            if (u.kind() == PromptUnit.Kind.ITEM) {
                items.add(u);
            } else if (items.isEmpty() && rest.isEmpty() && u.kind() == PromptUnit.Kind.PARAGRAPH && u.text().strip().endsWith(":")
                    && leadsList) {
                lead.add(u);
            } else {
                rest.addAll(split(u));
            }
        }
        if (!lead.isEmpty() && !lead.get(lead.size() - 1).text().strip().endsWith(":")) {
            rest.addAll(0, lead);
            lead.clear();
        }
        if (items.isEmpty() && s.role() == PromptSection.Role.BODY) {
            // Without a list the order of paragraphs and blocks is the author's.
            List<MergedUnit> all = new ArrayList<>();
            s.units().forEach(u -> all.addAll(split(u)));
            return new MergedSection(s.role(), s.style(), s.level(), s.title(), all, s.sources());
        }
        List<MergedUnit> list = joinSimilar(items);
        titles.section(ordinal, list);
        boolean ordered = !list.isEmpty() && list.get(0).ordered();
        List<MergedUnit> units = new ArrayList<>(lead);
        for (MergedUnit item : list) {
            MergedUnit u = item.ordered() == ordered ? item
                    : new MergedUnit(item.id(), item.kind(), ordered, item.text(), item.children(), item.sources());
            MergedUnit into = titles.joinInto(u, ordinal);
            if (into != null) {
                owner.computeIfAbsent(into, k -> new ArrayList<>()).add(u);
                joinedAway.add(u);
                continue;
            }
            units.add(u);
        }
        units.addAll(rest);
        return new MergedSection(s.role(), s.style(), s.level(), s.title(), units, s.sources());
    }

    /**
     * Items of different variants that say the same thing in other words become one item that keeps both wordings'
     * details: the first item's text, then what the other adds.
     */
    private List<MergedUnit> joinSimilar(List<MergedUnit> items) {
        List<MergedUnit> out = new ArrayList<>();
        List<Set<Integer>> variants = new ArrayList<>();
        for (MergedUnit u : items) {
            int best = -1;
            double bestScore = policy.sameItem();
            for (int i = 0; i < out.size(); i++) {
                if (!variants.get(i).contains(variantOf(u))) {
                    double score = similarity.similarity(out.get(i).text(), u.text());
                    if (score >= bestScore) {
                        best = i;
                        bestScore = score;
                    }
                }
            }
            if (best < 0) {
                out.add(u);
                variants.add(new LinkedHashSet<>(Set.of(variantOf(u))));
            } else {
                out.set(best, joinAll(out.get(best), List.of(u)));
                variants.get(best).add(variantOf(u));
            }
        }
        return out;
    }

    /**
     * One item from several: the first's text, then each other's. An item under the same title adds what follows its
     * title as a clause of the same sentence ("…; service mesh, API gateway"); another wording adds its sentences.
     */
    private static MergedUnit joinAll(MergedUnit first, List<MergedUnit> others) {
        StringBuilder text = new StringBuilder(first.text().strip());
        List<MergedUnit> children = new ArrayList<>(first.children());
        List<String> sources = new ArrayList<>(first.sources());
        String title = itemTitle(first.text());
        for (MergedUnit o : others) {
            String more = o.text().strip();
            String moreTitle = itemTitle(more);
            boolean named = moreTitle != null && !afterTitle(more).isEmpty()
                    && (title != null ? title.equals(moreTitle) || ItemTitles.alike(title, moreTitle) : ItemTitles.opens(text.toString(), moreTitle));
            if (opensWith(more, text.toString())) {
                // "Memory leaks" and "**Memory leaks**: Look for unclosed resources": the longer says both.
                text.setLength(0);
                text.append(more);
                title = moreTitle;
            } else if (named) {
                // The same item under the same name, or a name holding this one's words: the longer name heads it.
                if (title != null && moreTitle.split(" ").length > title.split(" ").length) {
                    text.replace(2, text.indexOf("**", 2), more.substring(2, more.indexOf("**", 2)));
                    title = moreTitle;
                }
                trimEnd(text, ".;");
                text.append("; ").append(afterTitle(more));
            } else if (!opensWith(text.toString(), more)) {
                String other = unbolded(more);
                char last = text.charAt(text.length() - 1);
                if ("!?:".indexOf(last) < 0 && dev.agentctl.merge.text.Text.sentences(other).size() == 1) {
                    // One statement in other words: a clause of the same sentence, so the item says its point once.
                    trimEnd(text, ".;");
                    text.append("; ").append(other);
                } else {
                    if (".!?:".indexOf(last) < 0) {
                        text.append('.');
                    }
                    text.append(' ').append(other);
                }
            }
            children.addAll(o.children());
            o.sources().stream().filter(id -> !sources.contains(id)).forEach(sources::add);
        }
        return new MergedUnit(first.id(), first.kind(), first.ordered(), text.toString(), children, sources);
    }

    /**
     * Whether {@code text} opens with all the words of {@code start}, markup, punctuation and case aside. Compared word by
     * word, as {@link ItemTitles#opens} compares titles: "Test" does not open "Testing…", and "Input validation" opens
     * "[ ] Input validation for…".
     */
    private static boolean opensWith(String text, String start) {
        String head = titleKey(start);
        return !head.isEmpty() && (titleKey(text) + " ").startsWith(head + " ");
    }

    /** The text after an item's bold title and its colon or dash. */
    private static String afterTitle(String text) {
        int close = text.indexOf("**", 2);
        String rest = text.substring(close + 2).strip();
        while (!rest.isEmpty() && ":-–—".indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1).strip();
        }
        return rest;
    }

    private static void trimEnd(StringBuilder text, String marks) {
        while (text.length() > 0 && marks.indexOf(text.charAt(text.length() - 1)) >= 0) {
            text.setLength(text.length() - 1);
        }
    }

    /** An item's text with its leading bold title ("**Title**: …") written plain, to follow another item's text. */
    private static String unbolded(String text) {
        String t = text.strip();
        if (t.startsWith("**")) {
            int close = t.indexOf("**", 2);
            if (close > 2) {
                return t.substring(2, close) + t.substring(close + 2);
            }
        }
        return t;
    }

    /** The bold title an item opens with ("**Security First**: …"), as a key, or null. */
    static String itemTitle(String text) {
        String t = text.strip();
        if (!t.startsWith("**")) {
            return null;
        }
        int close = t.indexOf("**", 2);
        if (close <= 2) {
            return null;
        }
        String key = titleKey(t.substring(2, close));
        return key.isEmpty() ? null : key;
    }

    /** A paragraph of more than {@link #MAX_SENTENCES} sentences as several, split between sentences. */
    private static List<MergedUnit> split(MergedUnit u) {
        if (u.kind() != PromptUnit.Kind.PARAGRAPH) {
            return List.of(u);
        }
        List<String> sentences = Text.sentences(u.text().replace('\n', ' '));
        if (sentences.size() <= MAX_SENTENCES) {
            return List.of(u);
        }
        List<MergedUnit> out = new ArrayList<>();
        int parts = (sentences.size() + MAX_SENTENCES - 1) / MAX_SENTENCES;
        int per = (sentences.size() + parts - 1) / parts;
        for (int i = 0; i < sentences.size(); i += per) {
            String text = String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + per)));
            out.add(new MergedUnit(u.id(), u.kind(), false, text, i == 0 ? u.children() : List.of(), u.sources()));
        }
        return out;
    }
}
