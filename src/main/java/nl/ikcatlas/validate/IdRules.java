package nl.ikcatlas.validate;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.load.CodeFormat;
import nl.ikcatlas.load.LoadedAtlas;
import nl.ikcatlas.load.RecordFolder;
import nl.ikcatlas.model.AmbitionLevel;
import nl.ikcatlas.model.Instrument;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/** Ids become file names of pages: they must be safe everywhere and unique per kind of record. */
final class IdRules implements Rule {
    static final int MAX_LENGTH = 64;
    /** {@code index} is each folder's overview page; the rest are device names on Windows. */
    private static final Set<String> RESERVED = Set.of("index", "con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    @Override
    public void check(LoadedAtlas loaded, Problems problems) {
        Map<RecordFolder, Map<String, Position>> seen = new EnumMap<>(RecordFolder.class);
        for (RecordRef record : RecordRef.all(loaded.atlas())) {
            if (record.id() == null) {
                continue;
            }
            Position at = record.origin().at("id");
            if (!isSafe(record.id())) {
                problems.add(at, "the id " + Quote.of(record.id()) + " cannot be used as a file name", hint(record.id()));
                continue;
            }
            Position first = seen.computeIfAbsent(record.folder(), f -> new HashMap<>()).putIfAbsent(record.id(), at);
            if (first != null) {
                problems.add(at, "two " + record.folder().folder() + " have the id " + Quote.of(record.id()) + "; the other is at "
                        + first, "give one of them another id");
            }
        }
        checkNamedIds(loaded, problems);
    }

    /** Sources, levels and themes are not pages, but their ids reach the downloads and the pages' markup too. */
    private static void checkNamedIds(LoadedAtlas loaded, Problems problems) {
        if (loaded.atlas().settings() != null) {
            List<String> sources = loaded.atlas().settings().sources().stream().map(Source::id).toList();
            checkIds(sources, "sources", loaded.atlas().settings().origin(), problems);
        }
        Instrument instrument = loaded.atlas().instrument();
        if (instrument != null) {
            checkIds(instrument.levels().stream().map(AmbitionLevel::id).toList(), "levels", instrument.origin(), problems);
            checkIds(instrument.themes().stream().map(Theme::id).toList(), "themes", instrument.origin(), problems);
        }
    }

    private static void checkIds(List<String> ids, String list, Origin origin, Problems problems) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && !isSafe(id)) {
                problems.add(origin.at(list + "[" + i + "].id"), "the id " + Quote.of(id) + " is not a valid id", hint(id));
            }
        }
    }

    private static String hint(String id) {
        return "use lowercase letters a-z, digits and single hyphens, at most " + MAX_LENGTH
                + " characters, for example " + Quote.of(suggest(id));
    }

    static boolean isSafe(String id) {
        return id.length() <= MAX_LENGTH && CodeFormat.ID.matches(id) && !RESERVED.contains(id);
    }

    /** A safe id that looks like what was written, for the hint. */
    static String suggest(String id) {
        String plain = Normalizer.normalize(id, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-$", "");
        }
        if (slug.isEmpty() || RESERVED.contains(slug)) {
            slug = "locatie-" + (slug.isEmpty() ? "1" : slug);
        }
        return slug;
    }
}
