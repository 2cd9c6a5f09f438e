package nl.ikcatlas.export;

import java.util.List;
import nl.ikcatlas.model.Atlas;

/** Produces files of the site from the validated atlas; each capability (geodata, downloads) is one source. */
public interface SiteFileSource {
    List<SiteFile> files(Atlas atlas);
}
