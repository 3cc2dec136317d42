package no.samspill.report.html;

import java.util.List;

/** A self-contained HTML page: inline CSS, no scripts, no external resources; sections addressable by id. */
public final class Page {
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder nav = new StringBuilder();
    private final String title;

    public Page(String title) { this.title = title; }

    /** HTML-escapes text for element content and attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Opens a section with a heading and an entry in the contents line. */
    public Page section(String id, String heading) {
        nav.append("<a href=\"#").append(id).append("\">").append(esc(heading)).append("</a>");
        body.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
        return this;
    }

    public Page end() {
        body.append("</section>\n");
        return this;
    }

    public Page h3(String text) { body.append("<h3>").append(esc(text)).append("</h3>\n"); return this; }

    public Page p(String text) { body.append("<p>").append(esc(text)).append("</p>\n"); return this; }

    /** A paragraph of already-escaped HTML. */
    public Page html(String html) { body.append(html).append('\n'); return this; }

    public Page note(String text) { body.append("<p class=\"note\">").append(esc(text)).append("</p>\n"); return this; }

    /** Figures side by side (wrapping), each with its caption and the file it was saved as. */
    public Page figures(List<Figure> figs) {
        if (figs.isEmpty()) return this;
        body.append("<div class=\"figs\">\n");
        for (Figure f : figs) {
            body.append("<figure style=\"width:").append(f.width() + 2).append("px\">").append(f.img()).append("<figcaption>figures/").append(esc(f.file()))
                    .append("</figcaption></figure>\n");
        }
        body.append("</div>\n");
        return this;
    }

    /** Prefix a cell with MARK + class + MARK to give its td that class (b better, w worse, c changed). */
    public static final String MARK = "\u0001";

    /** A table whose cells are already-escaped HTML; {@code numeric[i]} right-aligns column i. */
    public Page table(List<String> header, List<List<String>> rows, boolean[] numeric, String cls) {
        body.append("<div class=\"tw\"><table").append(cls == null ? "" : " class=\"" + cls + "\"").append(">\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) body.append(th(header.get(i), numeric, i));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            if (r.size() == 1 && header.size() > 1) {
                body.append("<tr class=\"group\"><td colspan=\"").append(header.size()).append("\">").append(r.get(0)).append("</td></tr>\n");
                continue;
            }
            body.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                String c = r.get(i);
                String tdc = numeric != null && i < numeric.length && numeric[i] ? "n" : "";
                if (c.startsWith(MARK)) {
                    int end = c.indexOf(MARK, 1);
                    tdc = (tdc + " " + c.substring(1, end)).trim();
                    c = c.substring(end + 1);
                }
                body.append(tdc.isEmpty() ? "<td>" : "<td class=\"" + tdc + "\">").append(c).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n");
        return this;
    }

    private static String th(String h, boolean[] numeric, int i) {
        return (numeric != null && i < numeric.length && numeric[i] ? "<th class=\"n\">" : "<th>") + h + "</th>";
    }

    public String render(String subtitle, String headerHtml) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"samspill\">\n<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + "<header><h1>" + esc(title) + "</h1>" + subtitle(subtitle)
                + headerHtml + "<nav>" + nav + "</nav></header>\n<main>\n" + body + "</main>\n"
                + "<footer>Made by samspill from the CSV files and manifest.json of this directory; regenerate with "
                + "<code>samspill report DIR</code>. Intervals are 95 % confidence intervals.</footer>\n"
                + "</body>\n</html>\n";
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?]\\s+");

    /** A long description: its first sentence, the rest folded away. */
    private static String subtitle(String s) {
        if (s == null || s.isBlank()) return "";
        java.util.regex.Matcher m = SENTENCE_END.matcher(s);
        int cut = s.length() > 260 && m.find(40) ? m.start() : -1;
        if (cut < 0 || cut > 400) return "<p class=\"sub\">" + esc(s) + "</p>";
        return "<details class=\"sub\"><summary>" + esc(s.substring(0, cut + 1)) + "</summary><p>" + esc(s.substring(m.end()))
                + "</p></details>";
    }

    static final String CSS = """
            :root { --fg:#1d2327; --muted:#5f6b73; --line:#d9dee2; --band:#f5f7f8; --better:#00795a; --worse:#b34700;
                    --changed:#005a8c; --accent:#0072B2; }
            * { box-sizing: border-box; }
            body { margin:0; font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color:var(--fg); background:#fff; }
            header { padding: 18px 32px 8px; border-bottom: 1px solid var(--line); background: var(--band); }
            h1 { font-size: 24px; margin: 0 0 2px; }
            .sub { margin: 0 0 8px; color: var(--muted); max-width: 70em; }
            details.sub summary { color: var(--muted); }
            details.sub summary::after { content: " (more)"; color: var(--accent); }
            nav { display:flex; flex-wrap:wrap; gap: 4px 18px; margin: 10px 0 4px; font-size: 14px; }
            nav a { color: var(--accent); text-decoration: none; }
            main { padding: 4px 32px 24px; max-width: 1280px; }
            section { margin: 18px 0 28px; }
            h2 { font-size: 19px; border-bottom: 2px solid var(--accent); padding-bottom: 3px; margin: 18px 0 10px; }
            h3 { font-size: 16px; margin: 16px 0 6px; }
            p { margin: 6px 0; max-width: 70em; }
            .note { color: var(--muted); font-size: 13.5px; }
            .facts { display:flex; flex-wrap:wrap; gap: 6px 26px; margin: 6px 0; font-size: 14px; }
            .facts b { font-weight: 600; }
            .warn { border-left: 4px solid var(--worse); background: #fff4ec; padding: 8px 12px; margin: 10px 0; max-width: 70em; }
            .summary { border-left: 4px solid var(--accent); padding: 4px 14px; margin: 10px 0; background: #fbfcfd; max-width: 75em; }
            .summary h3 { margin-top: 10px; }
            .summary ul { margin: 4px 0 8px; padding-left: 20px; }
            .summary li { margin: 3px 0; }
            .better { color: var(--better); font-weight: 600; }
            .worse { color: var(--worse); font-weight: 600; }
            .changed { color: var(--changed); font-weight: 600; }
            .tw { overflow-x: auto; margin: 6px 0 10px; }
            table { border-collapse: collapse; font-size: 13.5px; }
            th, td { padding: 3px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            th { background: var(--band); font-weight: 600; position: sticky; top: 0; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.group td { background: #eef3f6; font-weight: 600; }
            td.b { background: #e3f4ee; } td.w { background: #fbe9dd; } td.c { background: #e4eef6; }
            .ns { color: var(--muted); }
            table.glance td.n, table.glance th.n { min-width: 9em; }
            table.glance td.b, table.glance td.w, table.glance td.c { font-weight: 600; }
            .nw { white-space: nowrap; }
            table.metrics .key, table.paired .key { display: block; }
            table.metrics td, table.paired td { padding: 3px 8px; }
            table.metrics { font-size: 13px; } table.metrics td:nth-child(2) { max-width: 8em; }
            .ci { color: var(--muted); font-size: 12px; }
            .key { color: var(--muted); font-size: 12px; font-family: "DejaVu Sans Mono", monospace; }
            .figs { display:flex; flex-wrap:wrap; gap: 10px 14px; }
            figure { margin: 0; }
            figure img { display:block; max-width:100%; height:auto; border: 1px solid var(--line); }
            figcaption { font-size: 11.5px; color: var(--muted); overflow-wrap: anywhere; }
            details { margin: 8px 0; } summary { cursor: pointer; color: var(--accent); }
            code { font-family: "DejaVu Sans Mono", monospace; font-size: 13px; }
            footer { padding: 12px 32px 24px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
            @media print { nav { display:none; } th { position: static; } }
            """;
}
