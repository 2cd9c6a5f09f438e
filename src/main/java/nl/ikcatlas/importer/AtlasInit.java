package nl.ikcatlas.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * Makes a new atlas folder for a municipality: {@code data/atlas.yaml}, the default instrument, and the
 * shipped {@code content/} and {@code templates/}; then imports the registers given. When an import fails,
 * the new folder is removed again, so a failed init leaves nothing behind.
 */
public final class AtlasInit {
    /** The source the default instrument cites. */
    static final String INSTRUMENT_SOURCE = "instrument";

    /** What the new atlas got from each import, and what is still missing. */
    public record Outcome(Problems problems, String municipality, Map<String, Importer.Outcome> imports,
                          List<String> missing) {
    }

    /**
     * @param registers the register files to import, by register name, in the order given
     * @param name      the municipality's name; null to take it from the first register that has it
     */
    public Outcome create(Path dir, String code, String name, Map<String, Path> registers, LocalDate today,
                          Importer.Options options) throws IOException {
        Problems problems = new Problems();
        Map<String, Importer.Outcome> imports = new LinkedHashMap<>();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            problems.add(Position.startOf(dir.toString()), "this folder exists and is not empty",
                    "init makes a new atlas in a new or empty folder; to update an atlas, use 'import'");
            return new Outcome(problems, null, imports, List.of());
        }
        String municipality = name != null ? name : registers.entrySet().stream()
                .map(e -> Registers.named(e.getKey()).flatMap(r -> r.municipalityName(e.getValue(), code)))
                .flatMap(Optional::stream).findFirst().orElse(null);
        if (municipality == null) {
            problems.add(Position.startOf(registers.isEmpty() ? dir.toString() : registers.values().iterator().next().toString()),
                    "the name of municipality " + code + " is not known", registers.isEmpty()
                            ? "give it with --name, or give a register with --duo" : "check the code, or give the name with --name");
            return new Outcome(problems, null, imports, List.of());
        }
        boolean existed = Files.exists(dir);
        Files.createDirectories(dir.resolve("data"));
        Defaults.copyTo(dir);
        Path instrument = dir.resolve("data/instrument.yaml");
        String text = Files.readString(instrument, StandardCharsets.UTF_8)
                .replaceFirst("(?m)^source: .*$", "source: " + INSTRUMENT_SOURCE);
        String schema = "# yaml-language-server: $schema=../schema/instrument.schema.json\n";
        Files.writeString(instrument, text.startsWith(schema) ? text : schema + text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(AtlasFile.NAME), settings(municipality, code, today), StandardCharsets.UTF_8);
        for (Map.Entry<String, Path> register : registers.entrySet()) {
            Importer.Outcome outcome = new Importer().run(Registers.named(register.getKey()).orElseThrow(),
                    register.getValue(), register.getValue().toString(), dir, options);
            imports.put(register.getKey(), outcome);
            if (!outcome.succeeded()) {
                remove(dir, existed);
                return new Outcome(problems, municipality, imports, List.of());
            }
        }
        return new Outcome(problems, municipality, imports, missing(registers));
    }

    private static String settings(String municipality, String code, LocalDate today) {
        return "# yaml-language-server: $schema=../schema/atlas.schema.json\n"
                + "municipality: " + Value.scalar(municipality) + "\n"
                + "cbs_code: GM" + code + "\n"
                + "edition: " + today + "\n"
                + "summary: " + Value.scalar("Deze atlas laat zien welke basisscholen en kinderopvang er in " + municipality
                + " zijn, en hoe ver zij zijn met samenwerken in een kindcentrum.") + "\n"
                + "sources:\n"
                + "- id: " + INSTRUMENT_SOURCE + "\n"
                + "  name: Ontwikkelinstrument IKC\n"
                + "  date: " + today + "\n"
                + "  description: " + Value.scalar("Het instrument waarmee school en opvang samen bepalen hoe ver zij zijn:"
                + " 12 thema's, elk op 5 niveaus.") + "\n"
                + "contact:\n"
                + "  organisation: " + Value.scalar("Gemeente " + municipality) + "\n";
    }

    private static List<String> missing(Map<String, Path> registers) {
        List<String> missing = new ArrayList<>();
        if (!registers.containsKey("duo")) {
            missing.add("Schools: import DUO's file of school locations: import duo FILE DIR");
        }
        if (!registers.containsKey("lrk")) {
            missing.add("Childcare: import the LRK's export: import lrk FILE DIR");
        }
        if (!registers.containsKey("cbs-wijken")) {
            missing.add("Wijken: places lie in the kern of their place; import the CBS wijken to place them in wijken:"
                    + " import cbs-wijken FILE DIR");
        }
        missing.add("Contact: add the municipality's email, phone or website under contact in data/atlas.yaml.");
        missing.add("Kindcentra: add them by hand in data/kindcentra/ (see the README, Data model).");
        return missing;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Removes what this init wrote: the folder was new or empty, so everything in it is its own. */
    private static void remove(Path dir, boolean keepFolder) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            if (!(keepFolder && path.equals(dir))) {
                Files.delete(path);
            }
        }
    }
}
