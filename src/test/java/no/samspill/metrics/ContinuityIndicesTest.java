package no.samspill.metrics;

import static no.samspill.metrics.ContinuityIndices.coc;
import static no.samspill.metrics.ContinuityIndices.upc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Bice–Boxerman COC = (Σ n_j² − N) / (N (N − 1)) and UPC = max n_j / N against values computed by hand.
 */
class ContinuityIndicesTest {
    private static final double EPS = 1e-12;

    @Test
    void allContactsWithOneProfessional() {
        assertEquals(1.0, coc(new int[]{7}), EPS);
        assertEquals(1.0, upc(new int[]{7}), EPS);
        assertEquals(1.0, coc(new int[]{2}), EPS);
    }

    @Test
    void everyContactWithADifferentProfessional() {
        assertEquals(0.0, coc(new int[]{1, 1, 1, 1, 1}), EPS);
        assertEquals(0.2, upc(new int[]{1, 1, 1, 1, 1}), EPS);
        assertEquals(0.0, coc(new int[]{1, 1}), EPS);
    }

    @Test
    void handComputedVectors() {
        // {2,2}: (4+4−4)/(4·3) = 4/12 = 1/3; UPC 2/4
        assertEquals(1.0 / 3.0, coc(new int[]{2, 2}), EPS);
        assertEquals(0.5, upc(new int[]{2, 2}), EPS);
        // {3,1}: (9+1−4)/(4·3) = 6/12; UPC 3/4
        assertEquals(0.5, coc(new int[]{3, 1}), EPS);
        assertEquals(0.75, upc(new int[]{3, 1}), EPS);
        // {5,3,2}: (25+9+4−10)/(10·9) = 28/90; UPC 5/10
        assertEquals(28.0 / 90.0, coc(new int[]{5, 3, 2}), EPS);
        assertEquals(0.5, upc(new int[]{5, 3, 2}), EPS);
        // {4,1,1}: (16+1+1−6)/(6·5) = 12/30; UPC 4/6
        assertEquals(0.4, coc(new int[]{4, 1, 1}), EPS);
        assertEquals(4.0 / 6.0, upc(new int[]{4, 1, 1}), EPS);
        // {10,10,10}: (300−30)/(30·29) = 270/870
        assertEquals(270.0 / 870.0, coc(new int[]{10, 10, 10}), EPS);
        assertEquals(1.0 / 3.0, upc(new int[]{10, 10, 10}), EPS);
    }

    @Test
    void zerosInTheVectorChangeNothing() {
        assertEquals(coc(new int[]{3, 1}), coc(new int[]{0, 3, 0, 1, 0}), EPS);
        assertEquals(upc(new int[]{3, 1}), upc(new int[]{0, 3, 0, 1, 0}), EPS);
        assertEquals(1.0, coc(new int[]{0, 4, 0}), EPS);
    }

    @Test
    void undefinedBelowTwoContacts() {
        assertTrue(Double.isNaN(coc(new int[]{})), "N = 0");
        assertTrue(Double.isNaN(coc(new int[]{0, 0})), "N = 0 with zeros");
        assertTrue(Double.isNaN(coc(new int[]{1})), "N = 1");
        assertTrue(Double.isNaN(coc(new int[]{0, 1, 0})), "N = 1 with zeros");
        assertTrue(Double.isNaN(upc(new int[]{})), "UPC N = 0");
        assertTrue(Double.isNaN(upc(new int[]{0, 0})), "UPC N = 0 with zeros");
        assertEquals(1.0, upc(new int[]{1}), EPS, "UPC is defined for N = 1");
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> coc(new int[]{3, -1}));
        assertThrows(IllegalArgumentException.class, () -> upc(new int[]{3, -1}));
        assertThrows(IllegalArgumentException.class, () -> coc(new int[]{-2}));
    }

    @Test
    void invariantToOrder() {
        int[][] perms = {{5, 3, 2}, {2, 3, 5}, {3, 5, 2}, {2, 5, 3}, {0, 2, 0, 5, 3}};
        for (int[] p : perms) {
            assertEquals(28.0 / 90.0, coc(p), EPS);
            assertEquals(0.5, upc(p), EPS);
        }
    }

    @Test
    void boundsAndOrderingOnManyVectors() {
        java.util.Random r = new java.util.Random(42);
        for (int k = 0; k < 2000; k++) {
            int[] v = new int[1 + r.nextInt(6)];
            for (int i = 0; i < v.length; i++) v[i] = r.nextInt(8);
            int n = 0;
            for (int x : v) n += x;
            if (n < 2) continue;
            double c = coc(v), u = upc(v);
            assertTrue(c >= -EPS && c <= 1 + EPS, "COC in [0,1]");
            assertTrue(u > 0 && u <= 1, "UPC in (0,1]");
            // COC = 1 exactly when one professional has every contact, and then UPC = 1 too
            assertEquals(u == 1.0, Math.abs(c - 1) < EPS, java.util.Arrays.toString(v));
        }
    }

    @Test
    void largeCountsDoNotOverflow() {
        assertEquals(1.0, coc(new int[]{100_000}), EPS);
        assertEquals((2.0 * 100_000L * 100_000L - 200_000) / (200_000.0 * 199_999), coc(new int[]{100_000, 100_000}), EPS);
    }
}
