package nl.ikcatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.testing.BuiltSite;
import nl.ikcatlas.testing.InjectedSite;
import nl.ikcatlas.testing.ModelTextFields;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup in any text field of any record kind, present or future, reaches no output as markup.
 * Every text field the model has (walked reflectively) gets a payload in a tiny atlas. A field
 * whose payload the checks refuse must be refused at its own line; all the others are built
 * together, and every file of the site is scanned: each occurrence of a payload must be in the
 * escaped form of that file's format.
 */
class InjectionTest {
    private static final InjectedSite SITE = new InjectedSite(InjectionSite.TEXT);

    @Test
    void everyTextFieldOfTheModelHasASlotInTheAtlas() {
        List<String> fields = ModelTextFields.all();
        List<String> missing = fields.stream().filter(f -> !SITE.slots().containsKey(f)).toList();
        List<String> unknown = SITE.slots().keySet().stream().filter(f -> !fields.contains(f)).toList();
        assertEquals(List.of(), missing, "text fields of the model without a slot in InjectionSite: add them there");
        assertEquals(List.of(), unknown, "slots for fields the model does not have");
        assertEquals(List.of(), SITE.duplicates(), "fields with more than one slot");
    }

    @Test
    void everyRecordOfTheModelIsReachedFromTheAtlasExceptContentPages() throws Exception {
        // Content pages come from Markdown, not YAML: EscapingTest puts markup in their title, summary and text.
        // Postcode points come from data/postcodes.csv, whose reader takes only postcodes like 2661 or 2661 AB
        // and numbers (PostcodeFileReaderTest), so no markup can reach them.
        assertEquals(List.of("ContentPage", "PostcodePoint"), ModelTextFields.recordsNotReached());
    }

    @Test
    void noTextFieldReachesAnyOutputUnescaped(@TempDir Path dir) throws IOException {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String field : ModelTextFields.all()) {
            numbers.put(field, numbers.size() + 1);
        }
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> field : numbers.entrySet()) {
            String refusal = refusal(field.getKey(), field.getValue(), dir.resolve("check-" + field.getValue()), wrong);
            if (refusal == null) {
                accepted.put(field.getKey(), field.getValue());
            }
        }
        Path site = BuiltSite.build(SITE.site(accepted), dir.resolve("build"));
        Map<String, Set<String>> reached = new LinkedHashMap<>();
        Set<String> typesSeen = new TreeSet<>();
        for (Path file : files(site)) {
            String name = site.relativize(file).toString().replace('\\', '/');
            String type = name.substring(name.lastIndexOf('.') + 1);
            boolean pdf = type.equals("pdf");
            String text = pdf ? pdfText(file) : new String(Files.readAllBytes(file),
                    PayloadForms.of(type, "").isEmpty() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            for (Map.Entry<String, Integer> field : accepted.entrySet()) {
                int n = field.getValue();
                int occurrences = count(text, pdf ? "src=x" + n + "onerror=y" : "src=x" + n + " onerror=y");
                if (occurrences == 0) {
                    continue;
                }
                reached.computeIfAbsent(field.getKey(), k -> new TreeSet<>()).add(name);
                int escaped = 0;
                for (String form : PayloadForms.of(type, InjectedSite.payload(n))) {
                    escaped += count(text, pdf ? form.replaceAll("\\s", "") : form);
                }
                if (escaped == occurrences) {
                    typesSeen.add(type);
                } else {
                    wrong.add(field.getKey() + " reaches " + name + " unescaped (" + (occurrences - escaped) + " of "
                            + occurrences + ")");
                }
            }
        }
        for (String field : accepted.keySet()) {
            if (!reached.containsKey(field)) {
                wrong.add(field + " is accepted but reaches no output: the scan cannot see it");
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(Set.of("csv", "geojson", "html", "js", "json", "pdf", "xml"), typesSeen);
    }

    /**
     * The problem the checks report for a payload in {@code field} alone, or null when they accept it.
     * A refusal must be at the field's own line.
     */
    private static String refusal(String field, int n, Path dir, List<String> wrong) {
        InjectedSite.Slot slot = SITE.slots().get(field);
        if (slot == null) {
            wrong.add(field + " has no slot in InjectionSite, so it cannot be tested");
            return "no slot";
        }
        Path atlas = BuiltSite.withTemplates(SITE.site(Map.of(field, n)), dir);
        List<Problem> problems = new AtlasPipeline().check(atlas).problems();
        if (problems.isEmpty()) {
            return null;
        }
        boolean atSlot = problems.stream().anyMatch(p -> p.position().file().equals(slot.file())
                && p.position().line() == slot.line());
        if (!atSlot) {
            wrong.add(field + " is refused, but not at " + slot.file() + ":" + slot.line() + ": "
                    + problems.get(0).format());
        }
        return problems.get(0).format();
    }

    private static List<Path> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The PDF's text without spaces and line breaks, which its layout moves about, so a value split over lines is whole. */
    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }
}
