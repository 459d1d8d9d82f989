package dev.agentctl.merge;

import dev.agentctl.merge.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Splits a prompt body into sections and units with commonmark. Text is taken from the source spans, so what a unit
 * says is exactly what the author wrote, markup included. Immutable and thread-safe.
 */
final class BodyParser {

    /**
     * Blocks only: text is taken from the source, and the one inline question (is a paragraph bold only?) is
     * answered on the source line, so commonmark's inline parser (links, emphasis, entities) would be wasted work.
     */
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, block) -> { }).build();
    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*#{1,6}\\s*|\\s+#+\\s*$");
    /** Titles under which a variant writes its persona instead of opening the body with it. */
    /** A paragraph that introduces the agent: "You are a …", "You are an …", "You are the …". */
    private static final Pattern IDENTITY_OPENER = Pattern.compile("(?i)you(?: are|'re|’re) (?:a|an|the) ");
    private static final Pattern PERSONA_TITLE = Pattern.compile("(?i)(?:the\\s+)?(?:persona|role|identity)[:.]?");

    private BodyParser() {
    }

    static List<PromptSection> parse(String written, int variant) {
        String body = NestedFences.normalise(written);
        // Lines as commonmark counts them (CR LF, CR or LF end a line), so that its source spans index this array.
        String[] lines = lines(body);
        Builder b = new Builder(variant);
        for (Node node = MARKDOWN.parse(body).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                b.open(PromptSection.Style.HEADING, h.getLevel(), HEADING_MARKS.matcher(source(h, lines)).replaceAll("").strip());
            } else if (node instanceof Paragraph p) {
                String text = source(p, lines);
                if (isBoldOnly(text)) {
                    b.open(PromptSection.Style.BOLD, 0, text.strip());
                } else if (!text.contains("\n") && text.strip().endsWith(":") && node.getNext() instanceof ListBlock) {
                    b.open(PromptSection.Style.INTRO, 0, text.strip());
                } else if (isTable(text)) {
                    b.add(new Draft(PromptUnit.Kind.VERBATIM, false, text, List.of()));
                } else {
                    b.add(new Draft(PromptUnit.Kind.PARAGRAPH, false, text, List.of()));
                }
            } else if (node instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    b.add(item((ListItem) item, list instanceof OrderedList, lines));
                }
            } else if (!(node instanceof ThematicBreak)) {
                // Code, quotes and HTML are kept as written: rewording them could change what they mean.
                b.add(new Draft(PromptUnit.Kind.VERBATIM, false, source(node, lines), List.of()));
            }
        }
        return b.finish();
    }

    /** The body's lines, split where CR LF, CR or LF ends one (commonmark's line ends). */
    private static String[] lines(String body) {
        String text = body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
        return text.split("\n", -1);
    }

    private static Draft item(ListItem item, boolean ordered, String[] lines) {
        String text = "";
        List<Draft> children = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child == item.getFirstChild() && child instanceof Paragraph) {
                text = source(child, lines);
            } else if (child instanceof ListBlock nested) {
                for (Node sub = nested.getFirstChild(); sub != null; sub = sub.getNext()) {
                    children.add(item((ListItem) sub, nested instanceof OrderedList, lines));
                }
            } else {
                children.add(new Draft(child instanceof Paragraph ? PromptUnit.Kind.PARAGRAPH : PromptUnit.Kind.VERBATIM,
                        false, source(child, lines), List.of()));
            }
        }
        return new Draft(PromptUnit.Kind.ITEM, ordered, text, children);
    }

    /** A pipe table (commonmark without extensions reads it as a paragraph): each row is a line of its own. */
    private static boolean isTable(String text) {
        return text.contains("\n") && text.lines().allMatch(l -> l.strip().startsWith("|"));
    }

    /** One line that is all strong emphasis ({@code **Title**} or {@code __Title__}), optionally followed by a colon. */
    private static boolean isBoldOnly(String text) {
        String line = text.strip();
        if (line.contains("\n") || line.length() < 5 || !(line.startsWith("**") || line.startsWith("__"))) {
            return false;
        }
        String delimiter = line.substring(0, 2);
        int close = line.indexOf(delimiter, 2);
        if (close <= 2 || Character.isWhitespace(line.charAt(2)) || Character.isWhitespace(line.charAt(close - 1))) {
            return false;
        }
        String rest = line.substring(close + 2).strip();
        return rest.isEmpty() || rest.equals(":");
    }

    /** The block's text as written, each line cut to the block's own columns (no list indentation). */
    private static String source(Node node, String[] lines) {
        List<SourceSpan> spans = node.getSourceSpans();
        StringBuilder out = new StringBuilder();
        for (SourceSpan span : spans) {
            String line = lines[span.getLineIndex()];
            int start = Math.min(span.getColumnIndex(), line.length());
            int end = Math.min(start + span.getLength(), line.length());
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line, start, end);
        }
        String text = out.toString();
        return node instanceof Block && !(node instanceof Paragraph) ? text.stripTrailing() : text.strip();
    }

    /** A unit before it gets its id. */
    private record Draft(PromptUnit.Kind kind, boolean ordered, String text, List<Draft> children) {
    }

    /** A section while its units are being collected. */
    private record OpenSection(PromptSection.Style style, int level, String title, List<Draft> units) {
    }

    /** Collects sections in order, then pulls out the persona and the closing statement. */
    private static final class Builder {
        private final int variant;
        private final List<OpenSection> sections = new ArrayList<>();
        private int unitCount;

        Builder(int variant) {
            this.variant = variant;
            open(PromptSection.Style.NONE, 0, null);
        }

        void open(PromptSection.Style style, int level, String title) {
            sections.add(new OpenSection(style, level, title, new ArrayList<>()));
        }

        void add(Draft d) {
            sections.get(sections.size() - 1).units().add(d);
        }

        List<PromptSection> finish() {
            List<Draft> persona = new ArrayList<>();
            Draft opener = takePersona();
            if (opener != null) {
                persona.add(opener);
                persona.addAll(followingParagraphs());
            }
            List<Draft> lastUnits = sections.get(sections.size() - 1).units();
            Draft closing = null;
            if (!lastUnits.isEmpty() && lastUnits.get(lastUnits.size() - 1).kind() == PromptUnit.Kind.PARAGRAPH) {
                closing = lastUnits.remove(lastUnits.size() - 1);
            }
            leadInsBecomeTitles();
            List<PromptSection> out = new ArrayList<>();
            if (!persona.isEmpty()) {
                out.add(section(PromptSection.Role.PERSONA, new OpenSection(PromptSection.Style.NONE, 0, null, persona), 0));
            }
            for (OpenSection s : sections) {
                if (s.style() != PromptSection.Style.NONE || !s.units().isEmpty()) {
                    out.add(section(PromptSection.Role.BODY, s, out.size()));
                }
            }
            if (closing != null) {
                out.add(section(PromptSection.Role.CLOSING, new OpenSection(PromptSection.Style.NONE, 0, null, List.of(closing)), out.size()));
            }
            return List.copyOf(out);
        }

        /** The paragraphs right after an opening persona, before any title or list: the rest of the introduction. */
        private List<Draft> followingParagraphs() {
            List<Draft> out = new ArrayList<>();
            if (!personaOpensBody) {
                return out;
            }
            List<Draft> units = personaSection.units();
            while (!units.isEmpty() && units.get(0).kind() == PromptUnit.Kind.PARAGRAPH && !units.get(0).text().strip().endsWith(":")
                    && (units.size() > 1 || personaSection != sections.get(sections.size() - 1))) {
                out.add(units.remove(0));
            }
            return out;
        }

        private boolean personaOpensBody;
        private OpenSection personaSection;

        /**
         * Removes and returns the persona paragraph: the "You are …" that opens the body (possibly under a top-level
         * title heading), else the one that opens a section titled Persona, Role or Identity; null when there is none.
         */
        private Draft takePersona() {
            OpenSection first = sections.get(0).units().isEmpty() && sections.size() > 1
                    && sections.get(1).style() == PromptSection.Style.HEADING && sections.get(1).level() == 1
                    ? sections.get(1) : sections.get(0);
            if (opensWithIdentity(first)) {
                personaOpensBody = true;
                personaSection = first;
                return first.units().remove(0);
            }
            for (int i = 0; i < sections.size(); i++) {
                OpenSection s = sections.get(i);
                if (s.title() != null && PERSONA_TITLE.matcher(Text.plain(s.title())).matches() && opensWithIdentity(s)) {
                    Draft persona = s.units().remove(0);
                    if (s.units().isEmpty()) {
                        sections.remove(i);
                    }
                    return persona;
                }
            }
            // Elsewhere: the first paragraph that introduces the agent ("You are a …"), wherever its author put it.
            for (int i = 0; i < sections.size(); i++) {
                List<Draft> units = sections.get(i).units();
                for (int j = 0; j < units.size(); j++) {
                    Draft d = units.get(j);
                    if (d.kind() == PromptUnit.Kind.PARAGRAPH && IDENTITY_OPENER.matcher(Text.plain(d.text())).lookingAt()) {
                        units.remove(j);
                        if (units.isEmpty() && sections.get(i).style() == PromptSection.Style.NONE) {
                            sections.remove(i);
                        }
                        return d;
                    }
                }
            }
            return null;
        }

        private static boolean opensWithIdentity(OpenSection s) {
            return !s.units().isEmpty() && s.units().get(0).kind() == PromptUnit.Kind.PARAGRAPH
                    && Text.plain(s.units().get(0).text()).toLowerCase(Locale.ROOT).startsWith("you are");
        }

        /**
         * An untitled paragraph that only introduces the titled sections after it ("Your core responsibilities:" above
         * a run of bold titles) is their heading in all but form: read as a title, it aligns with the other variants'
         * headings instead of standing alone, cut off from what it introduced, wherever the merge puts new material.
         */
        private void leadInsBecomeTitles() {
            for (int i = 0; i + 1 < sections.size(); i++) {
                OpenSection s = sections.get(i);
                if (s.style() == PromptSection.Style.NONE && s.units().size() == 1
                        && s.units().get(0).kind() == PromptUnit.Kind.PARAGRAPH
                        && s.units().get(0).children().isEmpty()
                        && s.units().get(0).text().strip().endsWith(":")
                        && sections.get(i + 1).style() != PromptSection.Style.NONE) {
                    sections.set(i, new OpenSection(PromptSection.Style.INTRO, 0, s.units().get(0).text().strip(), new ArrayList<>()));
                }
            }
        }

        private PromptSection section(PromptSection.Role role, OpenSection s, int index) {
            return new PromptSection(variant + "/s" + index, variant, role, s.style(), s.level(), s.title(), number(s.units()));
        }

        private List<PromptUnit> number(List<Draft> drafts) {
            List<PromptUnit> out = new ArrayList<>();
            for (Draft d : drafts) {
                String id = variant + "#" + (++unitCount);
                out.add(new PromptUnit(id, variant, d.kind(), d.ordered(), d.text(), number(d.children())));
            }
            return out;
        }
    }
}
