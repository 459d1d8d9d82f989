package dev.agentctl.merge;

import dev.agentctl.merge.text.Similarity;
import dev.agentctl.merge.text.Terms;
import dev.agentctl.merge.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which list items of the merged body are one item by their names, as {@link Layout} arranges the sections in order:
 * items under the same bold title ("**Security First**: …"), and items of different variants named alike and close in
 * topic. Kept items are indexed by their title's words and by the words an untitled item opens with, so that a merge
 * of thousands of items never compares every pair. Holds the state of one layout pass.
 */
final class ItemTitles {

    private final Similarity similarity;
    /** Lowest similarity at which items named alike are also close enough in topic to be one item. */
    private final double closeInTopic;
    /** Kept items by title key, each title in the order first kept. */
    private final Map<String, List<Kept>> byTitle = new LinkedHashMap<>();
    private final Map<String, Integer> titleOrder = new HashMap<>();
    /** Title keys by the content words they hold. */
    private final Map<String, Set<String>> titlesWithWord = new HashMap<>();
    /** Kept items without a bold title, by the title keys their text opens with ({@link #openings}). */
    private final Map<String, List<Kept>> untitledByOpening = new HashMap<>();
    /** Per arranged section (by ordinal): each variant's item titles in it. */
    private final Map<Integer, Map<Integer, Set<String>>> titlesBySection = new HashMap<>();

    ItemTitles(Similarity similarity, double closeInTopic) {
        this.similarity = similarity;
        this.closeInTopic = closeInTopic;
    }

    /** An item kept in the body: where, and the variants whose items it holds. */
    private static final class Kept {
        final MergedUnit item;
        final int section;
        final Set<Integer> authors = new LinkedHashSet<>();

        Kept(MergedUnit item, int section, int author) {
            this.item = item;
            this.section = section;
            authors.add(author);
        }
    }

    /** Records the item titles each variant gives in a section, before its items are placed ({@link #joinInto}). */
    void section(int ordinal, List<MergedUnit> items) {
        Map<Integer, Set<String>> here = new HashMap<>();
        for (MergedUnit item : items) {
            String title = Layout.itemTitle(item.text());
            if (title != null) {
                here.computeIfAbsent(Support.variantOf(item.id()), k -> new HashSet<>()).add(title);
            }
        }
        titlesBySection.put(ordinal, here);
    }

    /**
     * The kept item that {@code item}, placed in section {@code ordinal}, joins as one item; or null, and the item is
     * kept: later items may join it.
     */
    MergedUnit joinInto(MergedUnit item, int ordinal) {
        String key = Layout.itemTitle(item.text());
        int author = Support.variantOf(item.id());
        Kept into = key == null ? null : joinable(byTitle.get(key), ordinal, author);
        if (into == null) {
            into = namedAlike(item, key, ordinal, author);
        }
        if (into != null && into.item != item) {
            into.authors.add(author);
            return into.item;
        }
        Kept kept = new Kept(item, ordinal, author);
        if (key == null) {
            openings(item.text()).forEach(o -> untitledByOpening.computeIfAbsent(o, k -> new ArrayList<>()).add(kept));
        } else {
            byTitle.computeIfAbsent(key, k -> new ArrayList<>()).add(kept);
            if (titleOrder.putIfAbsent(key, titleOrder.size()) == null) {
                contentWords(key).forEach(w -> titlesWithWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(key));
            }
        }
        return null;
    }

    /**
     * The item kept under a title that an item of {@code author} in section {@code section} joins: the first, unless
     * the author wrote both and in sections of one pattern, two sections sharing two or more of the author's titles
     * ("Impact", "Response" under each severity level): there a title names a part of each section, not one thing
     * said twice. Null when there is none to join.
     */
    private Kept joinable(List<Kept> kept, int section, int author) {
        for (Kept t : kept == null ? List.<Kept>of() : kept) {
            if (t.section == section || !t.authors.contains(author) || !parallel(t.section, section, author)) {
                return t;
            }
        }
        return null;
    }

    private boolean parallel(int a, int b, int author) {
        Set<String> shared = new HashSet<>(titlesBySection.getOrDefault(a, Map.of()).getOrDefault(author, Set.of()));
        shared.retainAll(titlesBySection.getOrDefault(b, Map.of()).getOrDefault(author, Set.of()));
        return shared.size() >= 2;
    }

    /**
     * An item of another variant that names the same thing in other words and is close in topic: one whose title holds
     * all the words of this one's, or whose words it holds ("Authentication Analysis", "Authentication &amp;
     * Authorization Analysis"); or, between a titled and an untitled item, one that opens with the other's title
     * ("Never trust user input and validate everything" and "**Never Trust User Input**: Treat all input…"). Titles
     * of one word are left to exact matches: one word names too many things.
     */
    private Kept namedAlike(MergedUnit item, String key, int section, int author) {
        if (key != null) {
            Set<String> candidates = new TreeSet<>(Comparator.comparingInt(titleOrder::get));
            contentWords(key).forEach(w -> candidates.addAll(titlesWithWord.getOrDefault(w, Set.of())));
            for (String other : candidates) {
                if (!other.equals(key) && alike(other, key)) {
                    Kept t = close(joinable(byTitle.get(other), section, author), item, author);
                    if (t != null) {
                        return t;
                    }
                }
            }
            for (Kept t : untitledByOpening.getOrDefault(key, List.of())) {
                if (close(t, item, author) != null) {
                    return t;
                }
            }
            return null;
        }
        List<String> titles = new ArrayList<>();
        for (String prefix : openings(item.text())) {
            if (byTitle.containsKey(prefix)) {
                titles.add(prefix);
            }
        }
        titles.sort(Comparator.comparingInt(titleOrder::get));
        for (String title : titles) {
            Kept t = close(joinable(byTitle.get(title), section, author), item, author);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private Kept close(Kept t, MergedUnit item, int author) {
        // An item ending in a colon introduces its nested items: another item's words would not follow it.
        return t != null && !t.authors.contains(author) && !t.item.text().strip().endsWith(":") && !item.text().strip().endsWith(":")
                && similarity.similarity(t.item.text(), item.text()) >= closeInTopic ? t : null;
    }

    /** Whether one title's content words are all in the other's, the smaller having two or more. */
    static boolean alike(String a, String b) {
        Set<String> wa = contentWords(a);
        Set<String> wb = contentWords(b);
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        return small.size() >= 2 && (wa.size() <= wb.size() ? wb.containsAll(wa) : wa.containsAll(wb));
    }

    /** Whether a text's words open with all the words of a title of two or more content words. */
    static boolean opens(String text, String title) {
        return contentWords(title).size() >= 2 && (Layout.titleKey(Text.plain(text)) + " ").startsWith(title + " ");
    }

    /** The title keys a text opens with: its first 2 to 10 words, each run with two or more content words. */
    private static List<String> openings(String text) {
        List<String> words = Text.words(text.length() > 200 ? text.substring(0, 200) : text);
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int content = 0;
        for (int i = 0; i < Math.min(words.size(), 10); i++) {
            run.append(i == 0 ? "" : " ").append(words.get(i));
            content += Terms.isFunctionWord(words.get(i)) ? 0 : 1;
            if (content >= 2) {
                out.add(run.toString());
            }
        }
        return out;
    }

    private static Set<String> contentWords(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : title.split(" ")) {
            if (!w.isEmpty() && !Terms.isFunctionWord(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
