package nl.ikcatlas.serve;

/**
 * The page the browser shows instead of the site while the atlas has problems: every problem with its
 * place, message, hint and lines. It reloads itself (through the injected script) once they are fixed.
 */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(ProblemReport report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Problems in the atlas</title>
                <link rel="icon" href="data:,">
                <style>
                body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
                h1 { color: #a4001d; }
                section { border-left: 4px solid #a4001d; padding: 0 1rem; margin: 1.5rem 0; }
                h2 { font: bold 1rem ui-monospace, monospace; }
                pre { background: #f3f3f3; padding: .5rem; overflow-x: auto; }
                mark { background: #ffe08a; }
                </style>
                </head>
                <body>
                <main>
                """);
        html.append("<h1>").append(report.size() == 1 ? "1 problem" : report.size() + " problems")
                .append(" in the atlas</h1>\n")
                .append("<p>The site is not rebuilt until this is fixed. Save the file and this page shows the site again.</p>\n");
        for (ProblemReport.Entry entry : report.entries()) {
            html.append("<section>\n<h2>").append(escape(entry.problem().position().toString())).append("</h2>\n")
                    .append("<p>").append(escape(entry.problem().message())).append("</p>\n");
            if (entry.problem().hint() != null) {
                html.append("<p>Hint: ").append(escape(entry.problem().hint())).append("</p>\n");
            }
            if (!entry.excerpt().lines().isEmpty()) {
                html.append("<pre>");
                for (SourceExcerpt.Line line : entry.excerpt().lines()) {
                    String text = escape(line.text());
                    html.append(line.marked() ? "<mark>" + text + "</mark>" : text).append('\n');
                }
                html.append("</pre>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
