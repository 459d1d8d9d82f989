package dev.agentctl.merge;

import dev.agentctl.merge.text.Similarity;
import dev.agentctl.merge.text.TermMatch;
import dev.agentctl.merge.text.Terms;
import dev.agentctl.merge.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the parsed bodies of several variants onto the first one. Sections are aligned on title and content by
 * mutual best match against the section that founded each merged section (never against what others added, so
 * matches do not chain); a sentence is dropped when a kept sentence of another variant holds at least
 * {@link MergePolicy#coverage()} of its content words, and a kept sentence is withdrawn when a later, longer one
 * holds it. A variant never loses text to itself, so merging one file changes nothing. One merger per merge.
 */
final class BodyMerger {

    /** A sentence in the merged body, with where it came from. */
    private static final class Sentence {
        final String text;
        final Set<String> stems;
        final int variant;
        final String unitId;
        final Node node;
        /** Position in {@link #kept}: first kept, first found. */
        final int order;
        boolean alive = true;

        Sentence(String text, Set<String> stems, int variant, String unitId, Node node, int order) {
            this.text = text;
            this.stems = stems;
            this.variant = variant;
            this.unitId = unitId;
            this.node = node;
            this.order = order;
        }
    }

    /** A unit of the merged body while it is being built. */
    private static final class Node {
        final PromptUnit origin;
        final Group group;
        final List<Sentence> sentences = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final List<String> sources = new ArrayList<>();

        Node(PromptUnit origin, Group group) {
            this.origin = origin;
            this.group = group;
            sources.add(origin.id());
        }

        boolean alive() {
            return sentences.stream().anyMatch(s -> s.alive) || children.stream().anyMatch(Node::alive)
                    || sentences.isEmpty() && children.isEmpty();
        }
    }

    /** A merged section while it is being built. */
    private static final class Group {
        final PromptSection founder;
        final List<String> sources = new ArrayList<>();
        final List<Node> units = new ArrayList<>();

        Group(PromptSection founder) {
            this.founder = founder;
            sources.add(founder.id());
        }
    }

    /** Why a sentence was dropped. */
    private record Cover(Sentence by, double score, String reason) {
    }

    private final MergePolicy policy;
    private final Lexicon lexicon;
    /** Null unless {@code --semantic}. */
    private final Similarity embedder;
    private final List<Group> groups = new ArrayList<>();
    private final List<Sentence> kept = new ArrayList<>();
    /** Kept sentences by content stem, so a comparison looks only at sentences sharing a word. */
    private final Map<String, List<Sentence>> keptByStem = new HashMap<>();
    /** Short kept sentences by lowercased plain text and by stem set: how short sentences are matched. */
    private final Map<String, List<Sentence>> keptByPlain = new HashMap<>();
    private final Map<Set<String>, List<Sentence>> keptByStemSet = new HashMap<>();
    /** Scratch for {@link #sharedStems}: stems shared per kept sentence (by order), and which ones were touched. */
    private int[] sharedCount = new int[256];
    private final List<Sentence> touched = new ArrayList<>();
    /** Dropped sentences (unit id, sentence index) by the kept sentence that covers them. */
    private final Map<Sentence, List<Map.Entry<String, Integer>>> dependents = new HashMap<>();
    private final Map<String, List<String>> sentenceTexts = new HashMap<>();
    private final Map<String, SectionSimilarity.Words> sectionWords = new HashMap<>();
    private final Map<String, Map<Integer, Cover>> dropped = new HashMap<>();
    private final Map<String, PromptUnit> units = new LinkedHashMap<>();
    /** In how many distinct sentences of the merge each stem occurs ({@link #know}), for weighted matching. */
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final Map<String, Set<String>> acronyms = new HashMap<>();
    /** Kept sentences withdrawn so far, and per list of units the first whose sentences all were ({@link #firstWithdrawn}). */
    private int withdrawals;
    private final Map<List<Node>, FirstWithdrawn> firstWithdrawn = new IdentityHashMap<>();

    /** @param embedder the embedding strategy for the paraphrase rule of {@code --semantic}; null: no such rule */
    BodyMerger(MergePolicy policy, Lexicon lexicon, Similarity embedder) {
        this.policy = policy;
        this.lexicon = lexicon;
        this.embedder = embedder;
    }

    /**
     * Counts, before any variant is added, in how many distinct sentences of all variants each stem occurs: a stem
     * every variant repeats weighs little when a sentence is matched in other forms ({@link #matched}).
     */
    void know(List<List<PromptSection>> variants) {
        Set<String> distinct = new java.util.HashSet<>();
        for (List<PromptSection> variant : variants) {
            for (PromptSection section : variant) {
                collectSentences(section.units(), distinct);
            }
        }
        for (String text : distinct) {
            lexicon.stems(text).forEach(stem -> documentFrequency.merge(stem, 1, Integer::sum));
        }
        documents = distinct.size();
    }

    private void collectSentences(List<PromptUnit> units, Set<String> out) {
        for (PromptUnit u : units) {
            if (u.kind() != PromptUnit.Kind.VERBATIM) {
                out.addAll(sentencesOf(u));
            }
            collectSentences(u.children(), out);
        }
    }

    private double weight(String stem) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(stem, 0))) + 1.0;
    }

    /**
     * Weighted share of {@code part}'s stems that {@code whole} holds, counting an acronym and the words it
     * abbreviates, and a clipped word and the word it clips, as the same ({@link TermMatch}).
     */
    private double matched(String partText, Set<String> part, String wholeText, Set<String> whole) {
        return TermMatch.held(List.copyOf(part), acronymsOf(partText), List.copyOf(whole), acronymsOf(wholeText), this::weight);
    }

    private Set<String> acronymsOf(String text) {
        return acronyms.computeIfAbsent(text, TermMatch::acronyms);
    }

    /** Adds one variant's sections; the first variant added sets the order. */
    void add(List<PromptSection> variant) {
        Map<PromptSection, Group> aligned = align(variant);
        int cursor = -1;
        for (PromptSection section : variant) {
            Group group = aligned.get(section);
            if (group == null) {
                group = new Group(section);
                // New material goes after the place its previous section went to; with none, at the end (before
                // the closing statement), never in front of the first variant's opening.
                int end = groups.isEmpty() || groups.get(groups.size() - 1).founder.role() != PromptSection.Role.CLOSING
                        ? groups.size() : groups.size() - 1;
                int at = section.role() == PromptSection.Role.PERSONA ? 0
                        : section.role() == PromptSection.Role.CLOSING ? groups.size() : cursor < 0 ? end : Math.min(cursor, end);
                groups.add(at, group);
            } else {
                group.sources.add(section.id());
            }
            if (section.role() == PromptSection.Role.BODY) {
                cursor = groups.indexOf(group) + 1;
            }
            addUnits(section.units(), group, group.units, section.role() != PromptSection.Role.BODY);
        }
    }

    private Map<PromptSection, Group> align(List<PromptSection> variant) {
        // By identity: a section is looked up as the very object aligned. A record's own hashCode would hash all its
        // units, text and all, at every lookup.
        Map<PromptSection, Group> out = new IdentityHashMap<>();
        List<PromptSection> body = new ArrayList<>();
        for (PromptSection s : variant) {
            if (s.role() == PromptSection.Role.BODY) {
                body.add(s);
            } else {
                groups.stream().filter(g -> g.founder.role() == s.role()).findFirst().ifPresent(g -> out.put(s, g));
            }
        }
        List<Group> candidates = groups.stream().filter(g -> g.founder.role() == PromptSection.Role.BODY).toList();
        double[][] scores = new double[body.size()][candidates.size()];
        for (int i = 0; i < body.size(); i++) {
            for (int j = 0; j < candidates.size(); j++) {
                scores[i][j] = similarity(body.get(i), candidates.get(j).founder);
            }
        }
        for (int i = 0; i < body.size(); i++) {
            int best = -1;
            for (int j = 0; j < candidates.size(); j++) {
                if (scores[i][j] >= policy.sectionMatch() && (best < 0 || scores[i][j] > scores[i][best])) {
                    best = j;
                }
            }
            if (best < 0) {
                continue;
            }
            // Mutual: the founder's best match among this variant's sections must be this one (the first on ties).
            int back = 0;
            for (int o = 1; o < body.size(); o++) {
                if (scores[o][best] > scores[back][best]) {
                    back = o;
                }
            }
            if (back == i) {
                out.put(body.get(i), candidates.get(best));
            }
        }
        return out;
    }

    private double similarity(PromptSection a, PromptSection b) {
        return SectionSimilarity.score(sectionWords.computeIfAbsent(a.id(), id -> SectionSimilarity.Words.of(a, lexicon, this::sentencesOf)),
                sectionWords.computeIfAbsent(b.id(), id -> SectionSimilarity.Words.of(b, lexicon, this::sentencesOf)));
    }

    /**
     * Adds sibling units to a list of the merged body. Each unit either joins the list after the place its previous
     * sibling went to, or is covered by kept units; a covered item's nested items go under the item that covers it.
     *
     * @param fold persona and closing: new sentences join the one paragraph instead of standing alone
     */
    private void addUnits(List<PromptUnit> siblings, Group group, List<Node> target, boolean fold) {
        int cursor = target.size();
        for (PromptUnit unit : siblings) {
            units.put(unit.id(), unit);
            List<String> texts = sentencesOf(unit);
            List<Cover> covers = new ArrayList<>();
            boolean allCovered = !texts.isEmpty();
            for (int i = 0; i < texts.size(); i++) {
                Cover c = coverOf(texts.get(i), unit, i, group);
                covers.add(c);
                allCovered &= c != null;
            }
            if (!allCovered && unit.kind() == PromptUnit.Kind.VERBATIM) {
                // Code, tables and quotes stay whole or go whole: a block with lines cut out says something else. A
                // block whose lines are nearly all said already (the same example with its comments reworded or
                // translated) is the same example and goes whole, under the block that says most of it.
                long said = covers.stream().filter(java.util.Objects::nonNull).count();
                if (said >= policy.sameBlock() * covers.size() && said > 0) {
                    Cover main = covers.stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                    covers.replaceAll(c -> c != null ? c : new Cover(main.by(), 0, "same block"));
                    allCovered = true;
                } else {
                    covers.replaceAll(c -> null);
                }
            }
            if (allCovered) {
                record(unit, covers);
                Node coverer = covers.get(0).by().node;
                int at = target.indexOf(coverer);
                if (at >= 0) {
                    cursor = at + 1;
                }
                coverer.sources.add(unit.id());
                addUnits(unit.children(), group, coverer.children, false);
                continue;
            }
            Node node;
            if (fold && !target.isEmpty()) {
                node = target.get(0);
                node.sources.add(unit.id());
            } else {
                node = new Node(unit, group);
                target.add(Math.min(cursor, target.size()), node);
            }
            List<Sentence> added = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (covers.get(i) == null) {
                    Sentence s = new Sentence(texts.get(i), lexicon.stems(texts.get(i)),
                            unit.variant(), unit.id(), node, kept.size() + added.size());
                    node.sentences.add(s);
                    added.add(s);
                }
            }
            record(unit, covers);
            added.forEach(this::withdrawCoveredBy);
            added.forEach(this::keep);
            Node replaced = firstWithdrawn(target);
            if (replaced != null && target.indexOf(replaced) < target.indexOf(node)) {
                // The new unit says all the withdrawn one said and more: it takes the withdrawn unit's place.
                target.remove(node);
                target.add(target.indexOf(replaced), node);
            }
            cursor = target.indexOf(node) + 1;
            addUnits(unit.children(), group, node.children, false);
        }
    }

    /**
     * The first unit of a list whose every sentence was withdrawn, or null. Units are kept alive and die only when a
     * withdrawal takes their last sentence, so the answer for a list stays the same until the next withdrawal: it is
     * remembered until then, instead of asked of every unit again for every unit added.
     */
    private Node firstWithdrawn(List<Node> target) {
        FirstWithdrawn known = firstWithdrawn.get(target);
        if (known == null || known.withdrawals != withdrawals) {
            Node dead = null;
            for (Node n : target) {
                if (!n.alive()) {
                    dead = n;
                    break;
                }
            }
            known = new FirstWithdrawn(dead, withdrawals);
            firstWithdrawn.put(target, known);
        }
        return known.node;
    }

    private record FirstWithdrawn(Node node, int withdrawals) {
    }

    private List<String> sentencesOf(PromptUnit unit) {
        return sentenceTexts.computeIfAbsent(unit.id(), id -> unit.sentences());
    }

    private void record(PromptUnit unit, List<Cover> covers) {
        Map<Integer, Cover> byIndex = dropped.computeIfAbsent(unit.id(), k -> new HashMap<>());
        for (int i = 0; i < covers.size(); i++) {
            if (covers.get(i) != null) {
                byIndex.put(i, covers.get(i));
                dependents.computeIfAbsent(covers.get(i).by(), k -> new ArrayList<>()).add(Map.entry(unit.id(), i));
            }
        }
    }

    private void keep(Sentence k) {
        kept.add(k);
        if (sharedCount.length <= k.order) {
            sharedCount = java.util.Arrays.copyOf(sharedCount, 2 * sharedCount.length);
        }
        k.stems.forEach(stem -> keptByStem.computeIfAbsent(stem, x -> new ArrayList<>()).add(k));
        keptByStemSet.computeIfAbsent(k.stems, x -> new ArrayList<>()).add(k);
        if (k.stems.size() < policy.minimumStems()) {
            // Equal plain text means equal stems, so only a short sentence can match a short one.
            keptByPlain.computeIfAbsent(plainKey(k.text), x -> new ArrayList<>()).add(k);
        }
    }

    /**
     * The kept sentences sharing at least one stem with these, in the order first found; afterwards
     * {@code sharedCount[k.order]} says how many stems each shares (until the next call). Counting into an array
     * indexed by order instead of a map keeps this, the merge's innermost loop, cheap.
     */
    private List<Sentence> sharedStems(Set<String> stems) {
        touched.forEach(k -> sharedCount[k.order] = 0);
        touched.clear();
        for (String stem : stems) {
            for (Sentence k : keptByStem.getOrDefault(stem, List.of())) {
                if (sharedCount[k.order]++ == 0) {
                    touched.add(k);
                }
            }
        }
        return touched;
    }

    /**
     * Whether a kept sentence may cover a sentence of this unit: alive, of another variant, and not the agent's
     * introduction covering an instruction of the body. The introduction says who the agent is and mentions much in
     * passing ("…correlating distributed system failures…"); an instruction that uses the same words ("Correlate
     * errors across systems") still says what to do.
     */
    private static boolean mayCover(Sentence k, PromptUnit unit, Group group) {
        return k.alive && k.variant != unit.variant() && (k.node.group.founder.role() != PromptSection.Role.PERSONA
                || group.founder.role() == PromptSection.Role.PERSONA);
    }

    /** The kept sentence of another variant that already says this one, or null. */
    private Cover coverOf(String text, PromptUnit unit, int index, Group group) {
        Set<String> stems = lexicon.stems(text);
        Sentence best = null;
        double bestScore = 0;
        if (stems.size() >= policy.minimumStems()) {
            // The same terms, kept earlier: the search below would choose the first of them (full score, and no
            // sentence holding all these terms has fewer), so take it without counting shared terms. Variants of one
            // agent repeat most sentences word for word, which makes this the common case.
            for (Sentence k : keptByStemSet.getOrDefault(stems, List.of())) {
                if (mayCover(k, unit, group)) {
                    return new Cover(k, 1.0, "contained words");
                }
            }
            for (Sentence k : sharedStems(stems)) {
                if (mayCover(k, unit, group)) {
                    double score = (double) sharedCount[k.order] / stems.size();
                    if (score > bestScore || score == bestScore && best != null && k.stems.size() < best.stems.size()) {
                        best = k;
                        bestScore = score;
                    }
                }
            }
            if (best != null && bestScore >= policy.coverage()) {
                return new Cover(best, bestScore, "contained words");
            }
            // The same words in other forms (an acronym spelled out, a clipped word), weighted: a longer sentence of
            // another variant that holds nearly all of this one's rare words says it.
            Sentence other = null;
            double otherScore = 0;
            for (Sentence k : touched) {
                if (mayCover(k, unit, group) && k.node.origin.kind() != PromptUnit.Kind.VERBATIM
                        && k.stems.size() >= stems.size() && 2 * sharedCount[k.order] >= stems.size()) {
                    double score = matched(text, stems, k.text, k.stems);
                    if (score >= policy.coverage() && score > otherScore) {
                        other = k;
                        otherScore = score;
                    }
                }
            }
            if (other != null) {
                return new Cover(other, otherScore, "same words, other forms");
            }
        } else {
            // A short item ("Go", "Caching") is the same as another only when written the same, or with the same
            // words in the same section: elsewhere the same word may stand for something else.
            Sentence first = null;
            for (Sentence k : keptByPlain.getOrDefault(plainKey(text), List.of())) {
                if (mayCover(k, unit, group)) {
                    first = k;
                    break;
                }
            }
            if (!stems.isEmpty()) {
                for (Sentence k : keptByStemSet.getOrDefault(stems, List.of())) {
                    if (k.alive && k.variant != unit.variant() && k.node.group == group && (first == null || k.order < first.order)) {
                        first = k;
                        break;
                    }
                }
            }
            if (first != null) {
                return new Cover(first, 1.0, "same words");
            }
        }
        Cover semantic = semanticallyCovered(text, stems, unit.variant());
        if (semantic != null) {
            return semantic;
        }
        return null;
    }

    /**
     * With an embedder: the kept sentence of another variant, anywhere in the body, whose embedding is closest to this
     * one's at or above {@link MergePolicy#semantic()}, provided it has at least as many content stems (so the longer
     * of two paraphrases stays, as with contained words); otherwise null.
     */
    private Cover semanticallyCovered(String text, Set<String> stems, int variant) {
        if (embedder == null || stems.size() < policy.minimumStems()) {
            return null;
        }
        Sentence best = null;
        double bestScore = 0;
        for (Sentence k : kept) {
            if (k.alive && k.variant != variant && k.stems.size() >= stems.size()) {
                double score = embedder.similarity(text, k.text);
                if (score >= policy.semantic() && (best == null || score > bestScore)) {
                    best = k;
                    bestScore = score;
                }
            }
        }
        return best == null ? null : new Cover(best, bestScore, "semantic paraphrase");
    }


    private static String plainKey(String sentence) {
        return Text.plain(sentence).toLowerCase(Locale.ROOT);
    }


    /** Withdraws kept sentences of other variants that the new sentence says in full, if nothing then goes missing. */
    private void withdrawCoveredBy(Sentence s) {
        if (s.stems.size() < policy.minimumStems()) {
            return;
        }
        List<Sentence> withdrawn = new ArrayList<>();
        for (Sentence k : sharedStems(s.stems)) {
            if (k.alive && k.variant != s.variant && k.stems.size() >= policy.minimumStems() && k.stems.size() <= s.stems.size()
                    && (s.node.group.founder.role() != PromptSection.Role.PERSONA || k.node.group.founder.role() == PromptSection.Role.PERSONA)
                    && k.node.children.isEmpty() && k.node.origin.kind() != PromptUnit.Kind.VERBATIM
                    && ((double) sharedCount[k.order] / k.stems.size() >= policy.coverage()
                        || s.node.origin.kind() != PromptUnit.Kind.VERBATIM && 2 * sharedCount[k.order] >= k.stems.size()
                           && matched(k.text, k.stems, s.text, s.stems) >= policy.coverage())) {
                withdrawn.add(k);
            }
        }
        for (Sentence k : withdrawn) {
            if (dependentsStillCovered(k, s)) {
                k.alive = false;
                withdrawals++;
                double contained = Terms.containment(k.stems, s.stems);
                repoint(k, s, contained >= policy.coverage() ? "contained words" : "same words, other forms",
                        contained >= policy.coverage() ? contained : matched(k.text, k.stems, s.text, s.stems));
            }
        }
        // With an embedder: a shorter kept sentence anywhere whose embedding agrees, when nothing else leans on it.
        if (embedder != null) {
            for (Sentence k : List.copyOf(kept)) {
                if (k.alive && k.variant != s.variant && k.stems.size() >= policy.minimumStems()
                        && k.stems.size() <= s.stems.size() && k.node.children.isEmpty()
                        && dependents.getOrDefault(k, List.of()).isEmpty()) {
                    double score = embedder.similarity(k.text, s.text);
                    if (score >= policy.semantic()) {
                        k.alive = false;
                        withdrawals++;
                        repoint(k, s, "semantic paraphrase", score);
                    }
                }
            }
        }
    }

    private boolean dependentsStillCovered(Sentence old, Sentence replacement) {
        for (Map.Entry<String, Integer> d : dependents.getOrDefault(old, List.of())) {
            String text = sentenceTexts.get(d.getKey()).get(d.getValue());
            Set<String> stems = lexicon.stems(text);
            if (Terms.containment(stems, replacement.stems) < policy.coverage()
                    && matched(text, stems, replacement.text, replacement.stems) < policy.coverage()) {
                return false;
            }
        }
        return true;
    }

    private void repoint(Sentence old, Sentence replacement, String reason, double score) {
        int index = sentenceTexts.get(old.unitId).indexOf(old.text);
        Cover cover = new Cover(replacement, score, reason);
        dropped.computeIfAbsent(old.unitId, k -> new HashMap<>()).put(index, cover);
        List<Map.Entry<String, Integer>> moved = new ArrayList<>(dependents.getOrDefault(old, List.of()));
        moved.add(Map.entry(old.unitId, index));
        for (Map.Entry<String, Integer> d : moved) {
            dropped.get(d.getKey()).computeIfPresent(d.getValue(), (i, c) -> c.by() == old ? new Cover(replacement, c.score(), c.reason()) : c);
        }
        dependents.remove(old);
        dependents.computeIfAbsent(replacement, k -> new ArrayList<>()).addAll(moved);
    }

    /** The merged sections, in order, without anything withdrawn. */
    List<MergedSection> sections() {
        List<MergedSection> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            PromptSection f = groups.get(i).founder;
            List<MergedUnit> merged = freeze(groups.get(i).units);
            PromptSection next = i + 1 < groups.size() ? groups.get(i + 1).founder : null;
            // A title with nothing under it stays only when it heads the titled sections that follow: a heading above
            // deeper ones, or a lead-in ("Your core responsibilities:") that never had units of its own.
            boolean headsNext = next != null && next.role() == PromptSection.Role.BODY && next.style() != PromptSection.Style.NONE;
            boolean parent = headsNext && (f.style() == PromptSection.Style.HEADING
                    ? next.style() != PromptSection.Style.HEADING || next.level() > f.level()
                    : f.style() == PromptSection.Style.INTRO && f.units().isEmpty());
            if (!merged.isEmpty() || parent) {
                out.add(new MergedSection(f.role(), f.style(), f.level(), f.title(), merged, groups.get(i).sources));
            }
        }
        return out;
    }

    private List<MergedUnit> freeze(List<Node> nodes) {
        List<MergedUnit> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.alive()) {
                // Every input unit whose words it carries: those folded in, and those with a sentence it says.
                List<String> sources = new ArrayList<>(n.sources);
                for (Sentence s : n.sentences) {
                    if (s.alive) {
                        for (Map.Entry<String, Integer> d : dependents.getOrDefault(s, List.of())) {
                            if (!sources.contains(d.getKey())) {
                                sources.add(d.getKey());
                            }
                        }
                    }
                }
                out.add(new MergedUnit(n.origin.id(), n.origin.kind(), n.origin.ordered(), text(n), freeze(n.children), sources));
            }
        }
        return out;
    }

    /** The unit as written while it still says exactly what it did; otherwise its live sentences, joined. */
    private String text(Node n) {
        List<String> live = n.sentences.stream().filter(s -> s.alive).map(s -> s.text).toList();
        if (live.equals(sentencesOf(n.origin))) {
            return n.origin.text();
        }
        return String.join(" ", n.group.founder.role() == PromptSection.Role.PERSONA ? IdentityLines.fold(live) : live);
    }

    /** For every input unit, in input order: kept, trimmed or covered, and by what. */
    List<UnitFate> fates(java.util.function.IntFunction<String> sourceName) {
        List<UnitFate> out = new ArrayList<>();
        for (PromptUnit unit : units.values()) {
            int total = sentencesOf(unit).size();
            Map<Integer, Cover> covers = new HashMap<>(dropped.getOrDefault(unit.id(), Map.of()));
            Cover weakest = covers.values().stream()
                    .min(Comparator.comparingDouble(Cover::score)).orElse(null);
            UnitFate.Fate fate = covers.isEmpty() ? UnitFate.Fate.KEPT
                    : covers.size() >= total ? UnitFate.Fate.COVERED : UnitFate.Fate.TRIMMED;
            out.add(new UnitFate(unit.id(), sourceName.apply(unit.variant()), unit.text(), fate,
                    weakest == null ? null : weakest.by().unitId, weakest == null ? 0 : weakest.score(),
                    weakest == null ? null : weakest.reason()));
        }
        return out;
    }
}
