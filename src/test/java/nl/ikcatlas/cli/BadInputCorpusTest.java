package nl.ikcatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: each file in {@code src/test/resources/bad-input/} is a mutation of the tiny atlas (its
 * data, the project's templates and one content page) and the exact output and exit code of the command line on
 * it. See the README section "Bad-input corpus" for the format. Run with {@code -DbadInput.record=true} to write
 * the actual output into the case files, then read the diff.
 */
class BadInputCorpusTest {
    static final Path CASES = Path.of("src/test/resources/bad-input");

    @TempDir
    Path dir;

    static List<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCommandLineReportsExactlyThis(Path file) throws IOException {
        CorpusCase c = CorpusCase.read(Files.readString(file, StandardCharsets.UTF_8));
        Path atlas = dir.resolve("atlas");
        TinySite.valid().with(TinySite.ABOUT_PAGE).writeTo(atlas);
        SiteFiles.copyTree(Path.of("templates"), atlas.resolve("templates"));
        for (CorpusCase.Mutation m : c.mutations()) {
            apply(atlas, m);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = c.args().stream().map(a -> a.replace("{atlas}", atlas.toString())
                .replace("{out}", dir.resolve("out").toString())).toArray(String[]::new);
        int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        String stdout = placeholders(out.toString(StandardCharsets.UTF_8));
        String stderr = placeholders(err.toString(StandardCharsets.UTF_8));
        if (Boolean.getBoolean("badInput.record")) {
            Files.writeString(file, c.withResult(exit, stdout, stderr), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(c.stderr(), stderr, "stderr");
        assertEquals(c.stdout(), stdout, "stdout");
        assertEquals(c.exit(), exit, "exit code");
    }

    /** Absolute paths of the test's folders in the output become {@code {atlas}} and {@code {out}}; times become {@code {time}}. */
    private String placeholders(String text) {
        return text.replace(dir.resolve("atlas").toString(), "{atlas}").replace(dir.resolve("out").toString(), "{out}")
                .replaceAll(" in \\d+\\.\\d s\\.", " in {time} s.");
    }

    private static void apply(Path atlas, CorpusCase.Mutation m) {
        Path target = atlas.resolve(m.path());
        try {
            if (m.deleted()) {
                if (Files.isDirectory(target)) {
                    try (Stream<Path> walk = Files.walk(target)) {
                        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                } else {
                    Files.deleteIfExists(target);
                }
                return;
            }
            Files.createDirectories(target.getParent());
            String link = m.linkTarget();
            if (link != null) {
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, Path.of(link));
            } else {
                Files.write(target, m.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void theCorpusHasAtLeast80Cases() throws IOException {
        assertTrue(cases().size() >= 80, "cases: " + cases().size());
    }

    /**
     * One case file: comment lines ({@code #}), {@code args:} (default {@code validate {atlas}}), then sections
     * {@code -- path --} with the file's new text ({@code (deleted)} removes it; {@code -- path [windows-1252] --}
     * writes the text in that encoding, {@code \xNN} in it is the byte NN; {@code (link to PATH)} makes the file a
     * symbolic link to PATH, relative to the link; a path starting with {@code ../} lies beside the atlas, outside
     * it), then {@code == exit N ==},
     * {@code == stdout ==} and {@code == stderr ==} with the expected result.
     */
    record CorpusCase(List<String> header, List<String> args, List<Mutation> mutations, int exit, String stdout,
            String stderr) {

        record Mutation(String path, Charset charset, String text, boolean deleted) {
            /** The target of {@code (link to PATH)}, or null when the section is the file's text. */
            String linkTarget() {
                String body = text.strip();
                return body.startsWith("(link to ") && body.endsWith(")")
                        ? body.substring("(link to ".length(), body.length() - 1) : null;
            }

            byte[] bytes() {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\x([0-9A-Fa-f]{2})").matcher(text);
                int at = 0;
                while (m.find()) {
                    bytes.writeBytes(text.substring(at, m.start()).getBytes(charset));
                    bytes.write(Integer.parseInt(m.group(1), 16));
                    at = m.end();
                }
                bytes.writeBytes(text.substring(at).getBytes(charset));
                return bytes.toByteArray();
            }
        }

        static CorpusCase read(String text) {
            List<String> header = new ArrayList<>();
            List<String> args = List.of("validate", "{atlas}");
            List<Mutation> mutations = new ArrayList<>();
            int exit = -1;
            StringBuilder stdout = new StringBuilder();
            StringBuilder stderr = new StringBuilder();
            StringBuilder body = null;
            String path = null;
            Charset charset = StandardCharsets.UTF_8;
            String section = "header";
            for (String line : text.split("\n", -1)) {
                boolean fileStart = line.startsWith("-- ") && line.endsWith(" --");
                boolean resultStart = line.startsWith("== ") && line.endsWith(" ==");
                if ((fileStart || resultStart) && path != null) {
                    mutations.add(mutation(path, charset, body.toString()));
                    path = null;
                }
                if (fileStart) {
                    String name = line.substring(3, line.length() - 3).strip();
                    charset = StandardCharsets.UTF_8;
                    if (name.endsWith("]")) {
                        charset = Charset.forName(name.substring(name.indexOf('[') + 1, name.length() - 1));
                        name = name.substring(0, name.indexOf('[')).strip();
                    }
                    path = name;
                    body = new StringBuilder();
                    section = "file";
                } else if (resultStart) {
                    String name = line.substring(3, line.length() - 3).strip();
                    if (name.startsWith("exit ")) {
                        exit = Integer.parseInt(name.substring(5).strip());
                        section = "none";
                    } else {
                        section = name;
                    }
                } else if (section.equals("header")) {
                    if (line.startsWith("args:")) {
                        args = List.of(line.substring(5).strip().split("\\s+"));
                    }
                    if (!line.isEmpty()) {
                        header.add(line);
                    }
                } else if (section.equals("file")) {
                    body.append(line).append('\n');
                } else if (section.equals("stdout")) {
                    stdout.append(line).append('\n');
                } else if (section.equals("stderr")) {
                    stderr.append(line).append('\n');
                }
            }
            if (path != null) {
                mutations.add(mutation(path, charset, body.toString()));
            }
            return new CorpusCase(header, args, mutations, exit, trimEnd(stdout), trimEnd(stderr));
        }

        private static Mutation mutation(String path, Charset charset, String body) {
            return new Mutation(path, charset, body, body.strip().equals("(deleted)"));
        }

        /** The sections end with the file's last line; the output ends with exactly one line break, or is empty. */
        private static String trimEnd(StringBuilder text) {
            String s = text.toString().stripTrailing();
            return s.isEmpty() ? "" : s + "\n";
        }

        /** This case's text with the given result in place of the expected one. */
        String withResult(int exit, String stdout, String stderr) {
            StringBuilder text = new StringBuilder();
            header.forEach(line -> text.append(line).append('\n'));
            for (Mutation m : mutations) {
                String charsetNote = m.charset().equals(StandardCharsets.UTF_8) ? "" : " [" + m.charset().name().toLowerCase() + "]";
                text.append("-- ").append(m.path()).append(charsetNote).append(" --\n")
                        .append(m.deleted() ? "(deleted)\n" : m.text());
            }
            text.append("== exit ").append(exit).append(" ==\n");
            if (!stdout.isEmpty()) {
                text.append("== stdout ==\n").append(stdout);
            }
            text.append("== stderr ==\n").append(stderr);
            return text.toString();
        }
    }
}
