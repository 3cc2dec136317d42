package no.samspill.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded scenario file.
 *
 * @param path      the file
 * @param sha256    hex SHA-256 of the file's bytes
 * @param name      the scenario name
 * @param description the file's plain-words description
 * @param variants  the runnable variants, in file order (a single "base" when the file declares none)
 * @param overrides the command-line overrides applied, as given ("path=value")
 * @param observed  what the description's "Observed (…)" paragraph reports ({@link ObservedSpec#NONE} if nothing)
 */
public record ScenarioFile(Path path, String sha256, String name, String description, List<Variant> variants,
                           List<String> overrides, ObservedSpec observed) {
    /** A scenario without an {@code observed:} specification (rebuilt from a manifest, or made in code). */
    public ScenarioFile(Path path, String sha256, String name, String description, List<Variant> variants,
                        List<String> overrides) {
        this(path, sha256, name, description, variants, overrides, ObservedSpec.NONE);
    }
}
