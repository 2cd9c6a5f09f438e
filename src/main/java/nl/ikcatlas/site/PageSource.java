package nl.ikcatlas.site;

import java.util.function.Supplier;

/**
 * A page of the site by its path, whose view may be made only when the page is rendered: the view step
 * hands these out, so a build holds no more views than it renders at once. A {@link Page} is its own source.
 */
public interface PageSource {

    /** The page's path relative to the site root, known without making its view. */
    String path();

    /** The page with its view, made now (each call makes it again, unless this is a {@link Page}). */
    Page page();

    /** A source whose view {@code make} makes on every call of {@link #page()}; its path must be {@code path}. */
    static PageSource lazy(String path, Supplier<Page> make) {
        return new Lazy(path, make);
    }

    /** A page made on request. */
    record Lazy(String path, Supplier<Page> make) implements PageSource {
        @Override
        public Page page() {
            Page page = make.get();
            if (!page.path().equals(path)) {
                throw new IllegalStateException("the page of " + path + " was made as " + page.path());
            }
            return page;
        }
    }
}
