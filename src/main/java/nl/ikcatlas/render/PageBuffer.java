package nl.ikcatlas.render;

import java.io.Writer;

/**
 * Where a template writes one page: an unsynchronised, growable text buffer that one {@link SiteRenderer#render}
 * call reuses for all its pages, so a page's text is not copied again each time the buffer grows.
 */
final class PageBuffer extends Writer {
    private final StringBuilder text = new StringBuilder(64 * 1024);

    /** Empties the buffer for the next page. */
    void clear() {
        text.setLength(0);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
