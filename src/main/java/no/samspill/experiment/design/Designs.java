package no.samspill.experiment.design;

import java.util.Map;

/** Rebuilds a design from its name and parameters as recorded in a manifest ({@link Design#parameters()}). */
public final class Designs {
    private Designs() { }

    public static Design of(String name, Map<String, ? extends Number> p) {
        return switch (name) {
            case "full_factorial" -> new FullFactorial(p.get("levels").intValue());
            case "one_at_a_time" -> new OneAtATime(p.get("levels").intValue());
            case "latin_hypercube" -> new LatinHypercube(p.get("n").intValue(), p.get("seed").longValue());
            case "sobol" -> new Saltelli(p.get("n").intValue());
            case "morris" -> new Morris(p.get("r").intValue(), p.get("levels").intValue(), p.get("seed").longValue(),
                    p.containsKey("candidates") ? p.get("candidates").intValue() : 0);
            default -> throw new IllegalArgumentException("unknown design '" + name + "'");
        };
    }
}
