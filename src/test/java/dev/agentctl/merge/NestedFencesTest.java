package dev.agentctl.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NestedFencesTest {

    @Test
    void anExampleHoldingCodeBlocksIsOneBlock() {
        String body = "## Output\n\n```markdown\n# Report\n\n```bash\nmake test\n```\n\n## Next steps\n```\n\n## Rules\n\n- Be brief\n";
        assertEquals("## Output\n\n````markdown\n# Report\n\n```bash\nmake test\n```\n\n## Next steps\n````\n\n## Rules\n\n- Be brief\n",
                NestedFences.normalise(body));
        List<PromptSection> sections = BodyParser.parse(body, 0);
        // The example's own headings stay inside it: the body's titles are its two real headings.
        assertEquals(List.of("Output", "Rules"), sections.stream().map(PromptSection::title).toList());
        PromptUnit example = sections.get(0).units().get(0);
        assertEquals(PromptUnit.Kind.VERBATIM, example.kind());
        assertTrue(example.text().contains("## Next steps"), example.text());
    }

    @Test
    void anIndentedInnerBlockUnderABareOuterFenceNests() {
        String body = "```\nFix:\n   ```js\n   x()\n   ```\nVerified\n```\n\n## After\n";
        assertEquals("````\nFix:\n   ```js\n   x()\n   ```\nVerified\n````\n\n## After\n", NestedFences.normalise(body));
    }

    @Test
    void blocksThatDoNotNestAndUnpairedFencesStayAsWritten() {
        String plain = "```bash\nls\n```\n\nText\n\n```\nraw\n```\n";
        assertSame(plain, NestedFences.normalise(plain));
        // An inner opener with no closer before the end: CommonMark's reading, unchanged.
        String unpaired = "```\nStart a block with ```python\n```python\n```\n\nText\n";
        assertSame(unpaired, NestedFences.normalise(unpaired));
        // The same lone opener, and the next block's opening fence, which the nested reading would take for the
        // outer block's end: then the body would end inside that block, so the reading is CommonMark's.
        String lone = "```\nStart a block with:\n```python\n```\n\nSome prose.\n\n```\ncode\n```\n";
        assertSame(lone, NestedFences.normalise(lone));
        String crlf = "```md\r\n```sh\r\nx\r\n```\r\n```\r\n";
        assertEquals("````md\r\n```sh\r\nx\r\n```\r\n````\r\n", NestedFences.normalise(crlf));
    }

    @Test
    void tildesAndBackticksDoNotCloseEachOther() {
        String body = "~~~markdown\n```bash\nx\n```\n~~~\n";
        assertSame(body, NestedFences.normalise(body));
    }
}
