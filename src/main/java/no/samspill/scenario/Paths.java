package no.samspill.scenario;

/** Setting paths as shown in diagnostics: {@code units[2].staff.NURSE}. */
final class Paths {
    private Paths() { }

    static String child(String path, String key) { return path.isEmpty() ? key : path + "." + key; }

    static String index(String path, int i) { return path + "[" + i + "]"; }
}
