package nl.ikcatlas.pipeline;

import java.util.function.Consumer;
import nl.ikcatlas.problem.Problems;

/**
 * The council report's PDF of one build, made from its rendered page: on a thread of its own as soon as that
 * page is written, while the other pages are rendered, when the atlas is small or the heap may grow large
 * enough for both (the PDF engine holds the whole laid-out report beside the index of a large atlas);
 * otherwise after all pages. {@link #finish} waits for it.
 */
final class ReportTask {
    /** The least maximum heap with which the PDF of any atlas is made beside the pages. */
    static final long CONCURRENT_HEAP = 2L << 30;
    /** An atlas of at most this many records (a municipality's) has its PDF made beside the pages in any heap. */
    static final int SMALL_ATLAS = 5_000;

    private final Consumer<Problems> make;
    private final boolean concurrent;
    /** The PDF's own problems: {@link Problems} is for one thread. */
    private final Problems problems = new Problems();
    private Thread thread;

    /** {@code make} makes the PDF of an atlas of {@code records}, adding its problems to the {@link Problems} it is given. */
    ReportTask(Consumer<Problems> make, int records) {
        this(make, records <= SMALL_ATLAS || Runtime.getRuntime().maxMemory() >= CONCURRENT_HEAP);
    }

    ReportTask(Consumer<Problems> make, boolean concurrent) {
        this.make = make;
        this.concurrent = concurrent;
    }

    /** The report's page is written (called on the thread that wrote it): the PDF may start. */
    synchronized void pageWritten() {
        if (concurrent && thread == null) {
            thread = new Thread(() -> make.accept(problems), "ikc-atlas-report-pdf");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Waits for the PDF, or makes it now when it was not started and the site has no problems; then adds
     * the PDF's problems to {@code site}'s when it has none of its own, as if the PDF were made only then.
     */
    void finish(Problems site) {
        Thread started;
        synchronized (this) {
            started = thread;
        }
        if (started != null) {
            try {
                started.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the report's PDF was made", e);
            }
        } else if (site.isEmpty()) {
            make.accept(problems);
        }
        if (site.isEmpty()) {
            site.addAll(problems);
        }
    }
}
