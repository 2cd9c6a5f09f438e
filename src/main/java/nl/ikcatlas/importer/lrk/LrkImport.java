package nl.ikcatlas.importer.lrk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ikcatlas.importer.AtlasFile;
import nl.ikcatlas.importer.Columns;
import nl.ikcatlas.importer.CsvReader;
import nl.ikcatlas.importer.CsvTable;
import nl.ikcatlas.importer.ImportPlan;
import nl.ikcatlas.importer.Kernen;
import nl.ikcatlas.importer.Layout;
import nl.ikcatlas.importer.Merge;
import nl.ikcatlas.importer.Names;
import nl.ikcatlas.importer.RecordSet;
import nl.ikcatlas.importer.RegisterImport;
import nl.ikcatlas.importer.RegisterRecord;
import nl.ikcatlas.importer.RegisterSource;
import nl.ikcatlas.importer.Value;
import nl.ikcatlas.load.CodeFormat;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * The national childcare register's (LRK) open-data export: the municipality's KDV and BSO locations and
 * their holders. Only columns about organisations and locations are read: contact persons, their telephone
 * numbers and e-mail addresses never are (the register's contact_telefoon is the contact person's number),
 * nor any row of childminding (VGO) or childminding agencies (GOB).
 */
public final class LrkImport implements RegisterImport {
    private static final String ID = "lrk_id";
    private static final String TYPE = "type_oko";
    private static final String NAME = "actuele_naam_oko";
    private static final String PLACES = "aantal_kindplaatsen";
    private static final String VE = "ve";
    private static final String STATUS = "status";
    private static final String REGISTERED = "inschrijfdatum";
    private static final String ADDRESS = "opvanglocatie_adres";
    private static final String POSTCODE = "opvanglocatie_postcode";
    private static final String PLACE = "opvanglocatie_woonplaats";
    private static final String HOLDER = "naam_houder";
    private static final String KVK = "kvk_nummer_houder";
    private static final String LEGAL_FORM = "rechtsvorm_houder";
    private static final String WEBSITE = "contact_website";
    private static final String MUNICIPALITY = "cbs_code";
    private static final String MUNICIPALITY_NAME = "verantwoordelijke_gemeente";
    /** Not in every export: the date a location was deregistered. Without it, the register's date is used. */
    private static final String DEREGISTERED = "uitschrijfdatum";
    /** Not in every export: the location's page in the register. */
    private static final String PAGE = "lrk_url";
    private static final List<String> COLUMNS = List.of(ID, TYPE, NAME, PLACES, VE, STATUS, REGISTERED, ADDRESS, POSTCODE,
            PLACE, HOLDER, KVK, LEGAL_FORM, WEBSITE, MUNICIPALITY);
    /** Legal forms of a holder that is one or more natural persons: its name is a person's name. */
    private static final Set<String> PERSONS = Set.of("eenmanszaak", "vennootschap onder firma", "maatschap");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private record Row(int line, String lrk, String type, String name, String places, boolean ve, LocalDate opened,
                       LocalDate deregistered, String address, String postcode, String place, String holder, String kvk,
                       boolean person, String website, String page) {
    }

    @Override
    public RegisterSource source() {
        return RegisterSource.LRK;
    }

    @Override
    public String kind() {
        return "the LRK's export of childcare locations";
    }

    @Override
    public Optional<String> municipalityName(Path file, String code) {
        return new CsvReader().read(file, file.toString(), new Problems())
                .flatMap(t -> t.rows().stream().filter(r -> code(r).equals(code)).findFirst())
                .map(r -> Names.name(r.get(MUNICIPALITY_NAME))).filter(name -> !name.isEmpty());
    }

    @Override
    public void read(Path file, String name, AtlasFile atlas, ImportPlan plan, Problems problems) {
        int before = problems.size();
        CsvTable table = new CsvReader().read(file, name, problems).orElse(null);
        if (table == null || !Columns.check(table, kind(), ID, COLUMNS, problems)) {
            return;
        }
        boolean dated = table.header().contains(DEREGISTERED);
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String type = row.get(TYPE).toUpperCase(Locale.ROOT);
            if (code(row).equals(atlas.code()) && (type.equals("KDV") || type.equals("BSO"))) {
                row(name, row, dated, plan.date(), problems).ifPresent(rows::add);
            }
        }
        if (rows.isEmpty() && problems.size() == before) {
            problems.add(new Position(name, 1, 1), "the file has no childcare locations (KDV or BSO) of municipality "
                    + atlas.code() + " (" + atlas.municipality() + ")",
                    "check cbs_code in " + AtlasFile.NAME + "; the column " + MUNICIPALITY + " holds the 4 digits");
        }
        if (problems.size() > before) {
            return;
        }
        Map<String, RecordSet.Existing> existing = RecordSet.read(plan, Layout.CHILDCARE, problems).by("lrk");
        // a location first seen deregistered is not added, nor is its holder or place
        List<Row> kept = rows.stream().filter(r -> r.deregistered() == null || existing.containsKey(r.lrk())).toList();
        Merge merge = new Merge(plan, problems);
        Map<String, String> holders = merge.merge(Layout.HOLDER, name, holders(kept), false);
        Map<String, String> kernen = Kernen.of(kept.stream().filter(r -> r.deregistered() == null).map(Row::place).toList(),
                source(), name, merge);
        merge.merge(Layout.CHILDCARE, name, kept.stream()
                .map(r -> location(r, holders, kernen, existing.get(r.lrk()))).toList(), true);
    }

    private static String code(CsvTable.Row row) {
        String code = row.get(MUNICIPALITY);
        return code.matches("[0-9]{1,4}") ? "0".repeat(4 - code.length()) + code : code;
    }

    private static Optional<Row> row(String file, CsvTable.Row row, boolean dated, LocalDate registerDate,
                                     Problems problems) {
        Position at = new Position(file, row.line(), 1);
        String lrk = row.get(ID);
        if (!lrk.matches("[0-9]{9}")) {
            return unreadable(at, "'" + lrk + "' is not an LRK number (9 digits)", problems);
        }
        String places = row.get(PLACES);
        if (!places.isEmpty() && !places.matches("[0-9]{1,4}")) {
            return unreadable(at, "the number of places '" + places + "' is not a number", problems);
        }
        String ve = row.get(VE).toLowerCase(Locale.ROOT);
        if (!Set.of("j", "ja", "n", "nee", "").contains(ve)) {
            return unreadable(at, "ve must be J or N, not '" + row.get(VE) + "'", problems);
        }
        String status = row.get(STATUS).toLowerCase(Locale.ROOT);
        if (!status.equals("ingeschreven") && !status.equals("uitgeschreven")) {
            return unreadable(at, "the status must be Ingeschreven or Uitgeschreven, not '" + row.get(STATUS) + "'", problems);
        }
        for (String column : List.of(NAME, ADDRESS, POSTCODE, PLACE, HOLDER)) {
            if (row.get(column).isEmpty()) {
                return unreadable(at, column + " is empty", problems);
            }
        }
        LocalDate opened;
        LocalDate deregistered = null;
        try {
            opened = row.get(REGISTERED).isEmpty() ? null : LocalDate.parse(row.get(REGISTERED), DATE);
            if (status.equals("uitgeschreven")) {
                deregistered = dated && !row.get(DEREGISTERED).isEmpty() ? LocalDate.parse(row.get(DEREGISTERED), DATE)
                        : registerDate;
            }
        } catch (DateTimeParseException e) {
            return unreadable(at, "a date is not written as dd-mm-yyyy: '" + e.getParsedString() + "'", problems);
        }
        String kvk = row.get(KVK);
        return Optional.of(new Row(row.line(), lrk, row.get(TYPE).toUpperCase(Locale.ROOT), Names.name(row.get(NAME)),
                places, ve.startsWith("j"), opened, deregistered, Names.name(row.get(ADDRESS)),
                Names.postcode(row.get(POSTCODE)), Names.name(row.get(PLACE)), Names.name(row.get(HOLDER)),
                kvk.matches("[0-9]{8}") ? kvk : null, PERSONS.contains(row.get(LEGAL_FORM).toLowerCase(Locale.ROOT)),
                Names.website(row.get(WEBSITE)), registerPage(row)));
    }

    /** The location's page in the register, when the export has the column and the value is one. */
    private static String registerPage(CsvTable.Row row) {
        String page = row.get(PAGE);
        return CodeFormat.LRK_PAGE.matches(page) ? page : null;
    }

    private static Optional<Row> unreadable(Position at, String why, Problems problems) {
        problems.add(at, "this row cannot be read: " + why, "the file may be damaged; download it again");
        return Optional.empty();
    }

    /**
     * A holder per KvK number (or per name when the register gives none). A holder that is a natural
     * person is named after its first location, never with the person's name.
     */
    private List<RegisterRecord> holders(List<Row> rows) {
        Map<String, RegisterRecord> holders = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = holderKey(row);
            if (holders.containsKey(key)) {
                continue;
            }
            String field = row.kvk() != null ? "kvk" : "name";
            Map<String, Value> owned = new LinkedHashMap<>();
            owned.put("name", Value.text(holderName(row)));
            owned.put(field, Value.text(key));
            holders.put(key, new RegisterRecord(Layout.HOLDER, field, key,
                    row.person() ? "houder-" + Names.id(key) : Names.id(holderName(row)), owned,
                    Map.of("source", Value.text(source().id())), null, row.line()));
        }
        return List.copyOf(holders.values());
    }

    private static String holderName(Row row) {
        return row.person() ? "Houder van " + row.name() : row.holder();
    }

    private static String holderKey(Row row) {
        return row.kvk() != null ? row.kvk() : holderName(row);
    }

    private RegisterRecord location(Row row, Map<String, String> holders, Map<String, String> kernen,
                                    RecordSet.Existing existing) {
        // The LRK registers peuteropvang as KDV: an editor's "peuteropvang" stays.
        String careType = row.type().equals("BSO") ? "bso"
                : existing != null && "peuteropvang".equals(existing.text("care_types")) ? "peuteropvang" : "kdv";
        Map<String, Value> owned = new LinkedHashMap<>();
        owned.put("lrk", Value.text(row.lrk()));
        owned.put("name", Value.text(row.name()));
        owned.put("holder", Value.text(holders.get(holderKey(row))));
        owned.put("care_types", Value.list(List.of(careType)));
        owned.put("places", row.places().isEmpty() ? null : Value.group(Map.of(careType, row.places())));
        owned.put("vve", Value.raw(Boolean.toString(row.ve())));
        owned.put("address", Value.text(row.address()));
        owned.put("postcode", Value.text(row.postcode()));
        owned.put("place", Value.text(row.place()));
        owned.put("website", row.website() == null ? null : Value.text(row.website()));
        owned.put("lrk_url", row.page() == null ? null : Value.text(row.page()));
        owned.put("opened", row.opened() == null ? null : Value.raw(row.opened().toString()));
        Map<String, Value> created = new LinkedHashMap<>();
        created.put("source", Value.text(source().id()));
        if (kernen.containsKey(row.place())) {
            created.put("area", Value.text(kernen.get(row.place())).marked());
        }
        return new RegisterRecord(Layout.CHILDCARE, "lrk", row.lrk(), Names.id(row.name()), owned, created,
                row.deregistered(), row.line());
    }
}
