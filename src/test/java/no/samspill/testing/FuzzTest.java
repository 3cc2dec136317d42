package no.samspill.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz harness finds a planted fault and shrinks the counterexample to its essence. */
class FuzzTest {
    @Test
    void aPlantedFaultIsFoundAndShrunk() {
        AssertionError e = assertThrows(AssertionError.class, () -> Fuzz.check("planted", 7, 2000,
                r -> "name: x\n" + Fuzz.chars(r, "ab:\n ", 40) + "\n",
                s -> {
                    if (s.contains("b:a")) throw new IllegalStateException("boom");
                    return null;
                }, Fuzz::smallerTexts));
        assertTrue(e.getMessage().contains("shrunk input:\n<<<b:a>>>"), e.getMessage());
        assertTrue(e.getMessage().contains("uncaught java.lang.IllegalStateException: boom"), e.getMessage());
    }

    @Test
    void listsShrinkToTheFailingElement() {
        AssertionError e = assertThrows(AssertionError.class, () -> Fuzz.check("lists", 3, 500,
                r -> List.of(Fuzz.printable(r, 5), Fuzz.printable(r, 5), "k=" + Fuzz.chars(r, "xyz", 3)),
                l -> l.stream().anyMatch(s -> s.contains("z")) ? "has z" : null, Fuzz::smallerLists));
        assertTrue(e.getMessage().contains("shrunk input:\n  <<<z>>>\n"), e.getMessage());
    }

    @Test
    void aHoldingPropertyChecksEveryTry() {
        assertEquals(100, Fuzz.check("fine", 1, 100, r -> r.nextInt(), x -> null, x -> List.of()));
    }
}
