package nl.ikcatlas.view.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ikcatlas.model.Source;

/**
 * Collects, while one page is built, which sources its data come from and what each is the
 * source of ("de ambitieniveaus"), so the page can cite them and name its example data plainly.
 */
public final class SourceNotes {
    private final Map<String, Source> sources;
    private final Map<String, Set<String>> topics = new LinkedHashMap<>();
    private String generalNotice;

    public SourceNotes(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** {@code topic} with its article, plural where it reads better: "de gegevens van de scholen". */
    public SourceNotes add(String sourceId, String topic) {
        topics.computeIfAbsent(sourceId, k -> new LinkedHashSet<>()).add(topic);
        return this;
    }

    /** For pages that summarise everything (home): a notice used when no listed topic is example data. */
    public SourceNotes generalNotice(String notice) {
        generalNotice = notice;
        return this;
    }

    public List<SourceNote> notes() {
        List<SourceNote> notes = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : topics.entrySet()) {
            Source source = sources.get(e.getKey());
            if (source != null) {
                notes.add(new SourceNote(cite(source), Dutch.join(List.copyOf(e.getValue())), source.url(),
                        source.illustrative()));
            }
        }
        return notes;
    }

    /**
     * "Op deze pagina zijn dit voorbeeldgegevens: de ambitieniveaus en de huisvesting. ..." or null. The
     * topics follow a colon, so the sentence is right whether there is one topic or more, singular or plural.
     */
    public String illustrativeNotice() {
        Set<String> made = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> e : topics.entrySet()) {
            Source source = sources.get(e.getKey());
            if (source != null && source.illustrative()) {
                made.addAll(e.getValue());
            }
        }
        if (made.isEmpty()) {
            return generalNotice;
        }
        return "Op deze pagina zijn dit voorbeeldgegevens: " + Dutch.join(List.copyOf(made))
                + ". Ze zijn bedacht om te laten zien hoe de atlas werkt.";
    }

    /** "Bron: DUO, Alle schoolvestigingen basisonderwijs, 1 oktober 2026". */
    public static String cite(Source source) {
        StringBuilder text = new StringBuilder("Bron: ");
        if (source.publisher() != null && !source.publisher().isBlank()) {
            text.append(source.publisher()).append(", ");
        }
        return text.append(source.name()).append(", ").append(Dutch.date(source.date())).toString();
    }
}
