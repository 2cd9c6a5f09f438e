package nl.ikcatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.pipeline.AtlasPipeline;
import nl.ikcatlas.pipeline.BuildReport;
import nl.ikcatlas.testing.SiteFiles;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadsTest {
    @TempDir
    Path dir;

    @Test
    void quotesFieldsAndNeutralisesFormulas() {
        assertEquals("a,\"b, c\",\"Zeg \"\"hoi\"\"\",'=1+1,'-2,'@x,'+3\r\n",
                new Csv().row(List.of("a", "b, c", "Zeg \"hoi\"", "=1+1", "-2", "@x", "+3")).text());
    }

    @Test
    void everyDownloadReadsBackAsTheData() {
        Path atlas = TinySite.valid().with("""
                -- data/schools/de-school.yaml --
                id: de-school
                vestigingscode: 16DB00
                name: 'De School, "de beste"'
                board: bestuur
                address: Schoolstraat 1
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.0, lon: 4.5}
                area: noord
                denomination: Openbaar
                pupils: {count: 212, year: 2025, source: voorbeeld}
                opened: 1998-08-17
                closed: 2026-07-31
                source: duo
                -- data/childcare/opvang.yaml --
                id: opvang
                lrk: "123456789"
                name: Opvang De Wei
                holder: houder
                care_types: [kdv, bso]
                places: {kdv: 16, bso: 40}
                vve: true
                address: Schoolstraat 3
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.001, lon: 4.501}
                area: noord
                former_names:
                  - name: BSO De Wei
                    until: 2025-03-01
                  - name: Peuterspeelzaal De Wei
                    until: 2020-01-01
                source: voorbeeld
                -- data/childcare/later.yaml --
                id: later
                name: Opvang Later
                holder: houder
                care_types: [kdv]
                vve: false
                address: Schoolstraat 9
                postcode: 2651 AB
                place: Dorp
                coordinates: {lat: 52.001, lon: 4.504}
                area: noord
                opened: 2027-01-04
                source: voorbeeld
                """).writeTo(dir.resolve("atlas"));
        copyTemplates(atlas.resolve("templates"));
        BuildReport report = new AtlasPipeline().build(atlas, dir.resolve("site"));
        assertEquals(List.of(), report.problems());
        Path site = dir.resolve("site");
        assertEquals(List.of(List.of("id", "vestigingscode", "naam", "bestuur", "adres", "postcode", "plaats", "gebied",
                        "richting", "leerlingen", "leerlingen_jaar", "lat", "lon", "bron", "geopend", "gesloten",
                        "vroegere_namen", "open"),
                List.of("de-school", "16DB00", "De School, \"de beste\"", "bestuur", "Schoolstraat 1", "2651 AB", "Dorp",
                        "noord", "Openbaar", "212", "2025", "52.0", "4.5", "duo", "1998-08-17", "2026-07-31", "",
                        "nee")),
                parse(SiteFiles.read(site, "downloads/scholen.csv")));
        assertEquals(List.of(List.of("id", "lrk", "naam", "houder", "soorten_opvang", "plaatsen_kdv",
                        "plaatsen_peuteropvang", "plaatsen_bso", "plaatsen_tso", "vve", "adres", "postcode", "plaats",
                        "gebied", "lat", "lon", "lrk_pagina", "website", "telefoon", "bron", "geopend", "gesloten",
                        "vroegere_namen", "open"),
                List.of("later", "", "Opvang Later", "houder", "kdv", "", "", "", "", "nee", "Schoolstraat 9",
                        "2651 AB", "Dorp", "noord", "52.001", "4.504", "", "", "", "voorbeeld", "2027-01-04", "", "", "nee"),
                List.of("opvang", "123456789", "Opvang De Wei", "houder", "kdv bso", "16", "", "40", "", "ja",
                        "Schoolstraat 3", "2651 AB", "Dorp", "noord", "52.001", "4.501", "", "", "", "voorbeeld", "", "",
                        "Peuterspeelzaal De Wei (tot 2020-01-01); BSO De Wei (tot 2025-03-01)", "ja")),
                parse(SiteFiles.read(site, "downloads/opvanglocaties.csv")));
        assertEquals(List.of(List.of("id", "naam", "gebied", "scholen", "opvang", "scenario", "leiding", "belangstelling",
                        "huisvesting", "geopend", "gesloten", "vroegere_namen", "open", "laatste_meting", "visie", "ruimte"),
                List.of("kc", "Kindcentrum De School", "noord", "de-school", "opvang", "school", "samen", "1",
                        "een-gebouw", "", "", "", "ja", "2025", "samen", "los")),
                parse(SiteFiles.read(site, "downloads/kindcentra.csv")));
        assertEquals(List.of(List.of("kindcentrum", "jaar", "thema", "niveau", "bron"),
                List.of("kc", "2024", "visie", "los", "voorbeeld"),
                List.of("kc", "2024", "ruimte", "los", "voorbeeld"),
                List.of("kc", "2025", "visie", "samen", "voorbeeld"),
                List.of("kc", "2025", "ruimte", "los", "voorbeeld")),
                parse(SiteFiles.read(site, "downloads/metingen.csv")));
    }

    private static void copyTemplates(Path target) {
        try (var files = java.nio.file.Files.walk(Path.of("templates"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = target.resolve(Path.of("templates").relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(t);
                } else {
                    java.nio.file.Files.copy(f, t);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A strict RFC 4180 reader: CRLF rows, quoted fields with doubled quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertEquals(0, field.length() + row.size(), "the file ends with CRLF");
        return rows;
    }
}
