package nl.ikcatlas.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nl.ikcatlas.testing.TinySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileRulesTest {
    @TempDir
    Path dir;

    @Test
    void filesThatAreNotRecordsAreReportedButOutlinesThePostcodeFileAndHiddenFilesAreNot() {
        assertEquals(List.of(
                "data/boundaries/noord.kml:1:1: only GeoJSON outlines (.geojson) belong in data/boundaries/; this"
                        + " file is not read\n    hint: move it out of data/, or save the outline as GeoJSON",
                "data/notes.txt:1:1: this file is not a YAML record, so it is not read\n    hint: keep only .yaml"
                        + " records in data/: move notes and spreadsheets out of the atlas folder, and pictures for"
                        + " the pages to templates/assets/",
                "data/schools/foto.jpg:1:1: this file is not a YAML record, so it is not read\n    hint: keep only"
                        + " .yaml records in data/: move notes and spreadsheets out of the atlas folder, and pictures"
                        + " for the pages to templates/assets/",
                "data/schools/postcodes.csv:1:1: this file is not a YAML record, so it is not read\n    hint: keep only"
                        + " .yaml records in data/: move notes and spreadsheets out of the atlas folder, and pictures"
                        + " for the pages to templates/assets/"),
                Check.problems(TinySite.valid().with("""
                        -- data/notes.txt --
                        Nog nakijken: adres van De School.
                        -- data/schools/foto.jpg --
                        JFIF
                        -- data/schools/.DS_Store --
                        x
                        -- data/postcodes.csv --
                        postcode,lat,lon
                        2651,52.0,4.5
                        -- data/schools/postcodes.csv --
                        postcode,lat,lon
                        -- data/boundaries/noord.kml --
                        <kml/>
                        -- data/boundaries/dorp.geojson --
                        {"type": "Polygon", "coordinates": []}
                        """), dir));
    }
}
