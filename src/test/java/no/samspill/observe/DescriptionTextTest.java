package no.samspill.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DescriptionTextTest {
    private static final String FILE = """
            name: x   # a comment that must stay
            description: |
              First line, hand-written.
              Expected: something.
              Observed (2020-01-01, old numbers
              over two lines).
            source: >-
              somewhere
            run: {years: 1}
            """;

    @Test
    void replacesOnlyTheObservedParagraphAndKeepsTheRest() {
        String out = DescriptionText.replace(FILE, "Observed (2026-12-02): new numbers.");
        assertEquals("""
                name: x   # a comment that must stay
                description: |
                  First line, hand-written.
                  Expected: something.
                  Observed (2026-12-02): new numbers.
                source: >-
                  somewhere
                run: {years: 1}
                """, out);
        assertEquals("Observed (2026-12-02): new numbers.", DescriptionText.observed(out));
        assertEquals("Observed (2020-01-01, old numbers over two lines).", DescriptionText.observed(FILE));
    }

    @Test
    void appendsTheParagraphWhenThereIsNone() {
        String without = FILE.replace("  Observed (2020-01-01, old numbers\n  over two lines).\n", "");
        assertFalse(DescriptionText.hasObserved(without));
        String out = DescriptionText.replace(without, "Observed (today): n.");
        assertTrue(out.contains("  Expected: something.\n  Observed (today): n.\nsource:"), out);
    }

    @Test
    void wrapsLongParagraphsAtTheBlockIndentation() {
        String words = "Observed (x): " + "word ".repeat(60).strip() + ".";
        String out = DescriptionText.replace(FILE, words);
        for (String line : out.split("\n")) assertTrue(line.length() <= DescriptionText.WIDTH, line);
        assertEquals(words, DescriptionText.observed(out));
    }

    @Test
    void refusesADescriptionThatIsNotABlock() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DescriptionText.replace("name: x\ndescription: one line\n", "Observed (x)"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("block scalar"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DescriptionText.replace("name: x\n", "Observed (x)"));
        assertThrows(IllegalArgumentException.class, () -> DescriptionText.replace(FILE, "Not observed"));
    }
}
