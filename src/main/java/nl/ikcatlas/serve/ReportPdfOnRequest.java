package nl.ikcatlas.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.view.SiteViews;

/**
 * The council report's PDF, which takes longer to make than the rest of a small atlas: the preview leaves it
 * out of its builds and makes it when the browser asks for it, from the report page of the latest build.
 */
final class ReportPdfOnRequest {
    private final Function<Path, List<Problem>> writer;
    private final Object buildLock;

    /** {@code writer} writes the PDF into a site; {@code buildLock} is held by every build of the site. */
    ReportPdfOnRequest(Function<Path, List<Problem>> writer, Object buildLock) {
        this.writer = writer;
        this.buildLock = buildLock;
    }

    /** True when {@code file} is the report's PDF and it is there now (made if it was not). */
    boolean serves(Path site, Path file) {
        if (!file.equals(site.resolve(SiteViews.report().pdf()).normalize())) {
            return false;
        }
        synchronized (buildLock) {
            return Files.isRegularFile(file) || writer.apply(site).isEmpty() && Files.isRegularFile(file);
        }
    }
}
