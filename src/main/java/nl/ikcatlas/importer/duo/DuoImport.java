package nl.ikcatlas.importer.duo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcatlas.importer.AtlasFile;
import nl.ikcatlas.importer.Columns;
import nl.ikcatlas.importer.CsvReader;
import nl.ikcatlas.importer.CsvTable;
import nl.ikcatlas.importer.ImportPlan;
import nl.ikcatlas.importer.Kernen;
import nl.ikcatlas.importer.Layout;
import nl.ikcatlas.importer.Merge;
import nl.ikcatlas.importer.Names;
import nl.ikcatlas.importer.RegisterImport;
import nl.ikcatlas.importer.RegisterRecord;
import nl.ikcatlas.importer.RegisterSource;
import nl.ikcatlas.importer.Value;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * DUO's "adressen alle schoolvestigingen basisonderwijs": the school locations of the municipality and
 * their boards. DUO gives a board only its number, so a new board is {@code bestuur-NUMBER} without a name.
 */
public final class DuoImport implements RegisterImport {
    static final String BOARD = "BEVOEGD GEZAG NUMMER";
    static final String CODE = "VESTIGINGSCODE";
    static final String NAME = "VESTIGINGSNAAM";
    static final String STREET = "STRAATNAAM";
    static final String NUMBER = "HUISNUMMER-TOEVOEGING";
    static final String POSTCODE = "POSTCODE";
    static final String PLACE = "PLAATSNAAM";
    static final String MUNICIPALITY = "GEMEENTENUMMER";
    static final String MUNICIPALITY_NAME = "GEMEENTENAAM";
    static final String DENOMINATION = "DENOMINATIE";
    static final String WEBSITE = "INTERNETADRES";
    private static final List<String> COLUMNS = List.of(BOARD, CODE, NAME, STREET, NUMBER, POSTCODE, PLACE, MUNICIPALITY,
            MUNICIPALITY_NAME, DENOMINATION, WEBSITE);

    /** One school location as DUO gives it, in the atlas's words. */
    private record Row(int line, String code, String name, String board, String address, String postcode, String place,
                       String denomination, String website) {
    }

    @Override
    public RegisterSource source() {
        return RegisterSource.DUO;
    }

    @Override
    public String kind() {
        return "DUO's file of school locations";
    }

    @Override
    public Optional<String> municipalityName(Path file, String code) {
        return new CsvReader().read(file, file.toString(), new Problems())
                .flatMap(table -> table.rows().stream().filter(r -> r.get(MUNICIPALITY).equals(code)).findFirst())
                .map(r -> Names.name(r.get(MUNICIPALITY_NAME)))
                .filter(name -> !name.isEmpty());
    }

    @Override
    public void read(Path file, String name, AtlasFile atlas, ImportPlan plan, Problems problems) {
        int before = problems.size();
        CsvTable table = new CsvReader().read(file, name, problems).orElse(null);
        if (table == null || !Columns.check(table, kind(), CODE, COLUMNS, problems)) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.get(MUNICIPALITY).equals(atlas.code())) {
                row(table.file(), row, problems).ifPresent(rows::add);
            }
        }
        if (rows.isEmpty()) {
            if (problems.size() == before) {
                problems.add(new Position(table.file(), 1, 1), "the file has no school locations of municipality "
                        + atlas.code() + " (" + atlas.municipality() + ")",
                        "check cbs_code in " + AtlasFile.NAME + "; " + MUNICIPALITY + " holds the 4 digits");
            }
            return;
        }
        if (problems.size() > before) {
            return;
        }
        Merge merge = new Merge(plan, problems);
        Map<String, String> boards = merge.merge(Layout.BOARD, table.file(), boards(rows), false);
        Map<String, String> kernen = Kernen.of(rows.stream().map(Row::place).toList(), source(), table.file(), merge);
        merge.merge(Layout.SCHOOL, table.file(), rows.stream().map(r -> school(r, boards, kernen)).toList(), true);
    }

    private static Optional<Row> row(String file, CsvTable.Row row, Problems problems) {
        String code = row.get(CODE);
        if (!code.matches("[0-9]{2}[A-Z]{2}[0-9]{2}")) {
            problems.add(new Position(file, row.line(), 1), "this row cannot be read: '" + code
                    + "' is not a vestigingscode (2 digits, 2 letters, 2 digits)", "the file may be damaged; download it again");
            return Optional.empty();
        }
        for (String column : List.of(BOARD, NAME, STREET, POSTCODE, PLACE)) {
            if (row.get(column).isEmpty()) {
                problems.add(new Position(file, row.line(), 1), "this row cannot be read: " + column + " is empty",
                        "the file may be damaged; download it again");
                return Optional.empty();
            }
        }
        String address = Names.name(row.get(STREET)) + (row.get(NUMBER).isEmpty() ? "" : " " + row.get(NUMBER));
        return Optional.of(new Row(row.line(), code, Names.name(row.get(NAME)), row.get(BOARD), address,
                Names.postcode(row.get(POSTCODE)), Names.name(row.get(PLACE)), row.get(DENOMINATION),
                Names.website(row.get(WEBSITE))));
    }

    /** A board per number; its denomination is the one most of its schools here have (the first on a tie). */
    private List<RegisterRecord> boards(List<Row> rows) {
        Map<String, List<Row>> byBoard = rows.stream()
                .collect(Collectors.groupingBy(Row::board, LinkedHashMap::new, Collectors.toList()));
        List<RegisterRecord> boards = new ArrayList<>();
        byBoard.forEach((number, schools) -> {
            Map<String, Long> counts = schools.stream().map(Row::denomination).filter(d -> !d.isEmpty())
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
            String denomination = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            Map<String, Value> owned = new LinkedHashMap<>();
            owned.put("number", Value.text(number));
            owned.put("denomination", denomination == null ? null : Value.text(denomination));
            boards.add(new RegisterRecord(Layout.BOARD, "number", number, "bestuur-" + Names.id(number), owned,
                    Map.of("source", Value.text(source().id())), null, schools.get(0).line()));
        });
        return boards;
    }

    private RegisterRecord school(Row row, Map<String, String> boards, Map<String, String> kernen) {
        Map<String, Value> owned = new LinkedHashMap<>();
        owned.put("vestigingscode", Value.text(row.code()));
        owned.put("name", Value.text(row.name()));
        owned.put("board", Value.text(boards.get(row.board())));
        owned.put("address", Value.text(row.address()));
        owned.put("postcode", Value.text(row.postcode()));
        owned.put("place", Value.text(row.place()));
        owned.put("denomination", row.denomination().isEmpty() ? null : Value.text(row.denomination()));
        owned.put("website", row.website() == null ? null : Value.text(row.website()));
        return new RegisterRecord(Layout.SCHOOL, "vestigingscode", row.code(), Names.id(row.name()), owned,
                Map.of("area", Value.text(kernen.get(row.place())).marked(), "source", Value.text(source().id())),
                null, row.line());
    }
}
