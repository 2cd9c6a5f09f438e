package nl.ikcatlas.importer.geocode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ikcatlas.importer.ImportPlan;
import nl.ikcatlas.importer.Layout;
import nl.ikcatlas.importer.RecordFile;
import nl.ikcatlas.importer.RecordSet;
import nl.ikcatlas.model.Coordinates;
import nl.ikcatlas.problem.Problems;

/**
 * Gives schools and childcare locations without coordinates those of their address, from PDOK's
 * Locatieserver, marked with {@link RecordFile#MARK} so a later import may replace them when the address
 * changes. Each address is looked up once: the answers are kept in {@code data/.geocode-cache.json}.
 */
public final class Geocoder {
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\s([0-9]+(?:[- ]?[A-Za-z0-9]{1,4})?)$");

    private record Target(Layout layout, RecordSet.Existing record) {
    }

    private final Locatieserver server;

    public Geocoder(Locatieserver server) {
        this.server = server;
    }

    /** Asks the Locatieserver at {@code url}; null: the one of {@link Locatieserver#configured()}. */
    public static Geocoder at(String url) {
        return new Geocoder(url == null ? Locatieserver.configured() : new Locatieserver(url));
    }

    /** Fills in what can be found; returns notes on what could not (the server unreachable, an unknown address). */
    public List<String> fill(ImportPlan plan, Problems problems) {
        GeocodeCache cache = GeocodeCache.read(plan);
        List<String> notes = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (Layout layout : List.of(Layout.SCHOOL, Layout.CHILDCARE)) {
            RecordSet.read(plan, layout, problems).all().stream()
                    .filter(r -> !r.lines().has("coordinates") && r.text("postcode") != null && r.text("address") != null)
                    .forEach(r -> targets.add(new Target(layout, r)));
        }
        for (Target target : targets) {
            RecordSet.Existing record = target.record();
            Matcher number = HOUSE_NUMBER.matcher(record.text("address"));
            if (!number.find()) {
                notes.add("No house number in the address of " + record.file() + "; give its coordinates by hand.");
                continue;
            }
            String postcode = record.text("postcode").replace(" ", "");
            String key = postcode + " " + number.group(1);
            Optional<Coordinates> found = cache.get(key);
            if (found == null) {
                try {
                    found = server.find(postcode, number.group(1));
                } catch (Locatieserver.Unreachable e) {
                    notes.add("PDOK Locatieserver could not be reached (" + e.getMessage() + "): coordinates"
                            + " were not looked up. Run the import again with --geocode when the network is there.");
                    break;
                }
                cache.put(key, found);
            }
            if (found.isEmpty()) {
                notes.add("PDOK Locatieserver does not know the address " + key + " of " + record.file()
                        + "; give its coordinates by hand.");
                continue;
            }
            write(plan, target.layout(), record, found.get());
        }
        cache.save(plan);
        return notes;
    }

    private static void write(ImportPlan plan, Layout layout, RecordSet.Existing record, Coordinates at) {
        RecordFile file = record.lines();
        String lat = String.format(Locale.ROOT, "%.5f", at.lat());
        String lon = String.format(Locale.ROOT, "%.5f", at.lon());
        file.put("coordinates", List.of("coordinates: " + RecordFile.MARK + " from PDOK Locatieserver",
                "  lat: " + lat, "  lon: " + lon), layout.order());
        plan.write(record.path(), file.text());
        plan.report().changed(record.file(), "coordinates", null, "lat: " + lat + ", lon: " + lon);
    }
}
