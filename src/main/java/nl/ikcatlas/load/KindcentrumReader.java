package nl.ikcatlas.load;

import static nl.ikcatlas.load.FieldSpec.optional;
import static nl.ikcatlas.load.FieldSpec.required;

import java.util.List;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Housing;
import nl.ikcatlas.model.HousingSituation;
import nl.ikcatlas.model.InterestCategory;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.Lead;
import nl.ikcatlas.model.Origin;
import nl.ikcatlas.model.Scenario;
import nl.ikcatlas.problem.Problems;

/** Reads {@code data/kindcentra/*.yaml}. */
final class KindcentrumReader implements RecordReader<Kindcentrum> {
    private static final FieldGroup HOUSING = FieldGroup.of("housing",
            required("situation", FieldType.choice(HousingSituation.class), "Hoe school en opvang gehuisvest zijn:"
                    + " een-gebouw (in een gebouw), naast-elkaar, loopafstand of apart (niet bij elkaar)."),
            optional("wishes", FieldType.TEXT, "De wensen van de partners voor de huisvesting."));
    private static final FieldGroup ASSESSMENT = FieldGroup.of("an assessment",
            required("year", FieldType.WHOLE_NUMBER, "Het jaar van de meting, zoals 2025."),
            optional("date", FieldType.DATE, "De datum van de meting (JJJJ-MM-DD)."),
            CommonFields.SOURCE,
            required("levels", FieldType.keyed(FieldType.TEXT, FieldType.TEXT), "Het niveau per thema: voor elk"
                    + " thema uit data/instrument.yaml een regel 'thema-id: niveau-id'. De ids van thema's en"
                    + " niveaus komen uit data/instrument.yaml, dus de lijst staat niet vast in dit schema."),
            optional("note", FieldType.TEXT, "Een opmerking bij de meting."));
    static final FieldGroup FIELDS = new FieldGroup("a kindcentrum", FieldSpec.join(
            List.of(CommonFields.ID,
                    required("name", FieldType.TEXT, "De naam van het kindcentrum, zoals IKC De Gouden Griffel."),
                    required("area", FieldType.TEXT, "Het gebied: de id van een gebied in data/areas/."),
                    required("schools", FieldType.listOf(FieldType.TEXT),
                            "De schoollocaties die meedoen, minstens een: ids van scholen in data/schools/."),
                    optional("childcare", FieldType.listOf(FieldType.TEXT),
                            "De opvanglocaties die meedoen: ids van locaties in data/childcare/."),
                    required("scenario", FieldType.choice(Scenario.class), "school: een school met opvang in of"
                            + " bij het gebouw; mfa: een multifunctioneel gebouw met meer scholen en opvang."),
                    required("lead", FieldType.choice(Lead.class), "Wie de doorgaande lijn van opvang naar school"
                            + " leidt: school, opvang of samen."),
                    required("interest", FieldType.choice(InterestCategory.class), "Belangstelling om een IKC te"
                            + " worden: 1 (direct starten), 2 (oriëntatie) of 3 (geen belangstelling)."),
                    required("housing", FieldType.group(HOUSING), "De huisvesting van de partners."),
                    optional("description", FieldType.TEXT, "Een korte uitleg over het kindcentrum.")),
            HistoryReader.FIELDS,
            List.of(required("source", FieldType.TEXT, "De bron van scenario, lead, interest en housing: de id van"
                            + " een bron onder 'sources' in data/atlas.yaml."),
                    optional("assessments", FieldType.listOf(FieldType.group(ASSESSMENT)),
                            "De metingen met het ontwikkelinstrument, een per jaar."))));

    @Override
    public Kindcentrum read(YamlNode root, Origin origin, Problems problems) {
        Fields f = Fields.of(root, FIELDS, problems);
        if (f == null) {
            return null;
        }
        Fields h = f.group("housing");
        Housing housing = h == null ? null
                : new Housing(h.code("situation", HousingSituation.class), h.text("wishes"));
        var assessments = f.list("assessments", item -> {
            Fields a = item.fields();
            if (a == null) {
                return null;
            }
            Integer year = a.wholeNumber("year");
            return new Assessment(year == null ? 0 : year, a.date("date"), a.text("source"),
                    a.keyed("levels", FieldItem::text), a.text("note"));
        });
        return new Kindcentrum(f.text("id"), f.text("name"), f.text("area"),
                f.textList("schools"), f.textList("childcare"), f.code("scenario", Scenario.class),
                f.code("lead", Lead.class), f.code("interest", InterestCategory.class), housing,
                f.text("description"), HistoryReader.read(f), f.text("source"), assessments, origin);
    }
}
