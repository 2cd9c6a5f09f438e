package nl.ikcatlas.render;

import java.io.Writer;

/**
 * Where a template writes one page: an unsynchronised text buffer, made as large as the page before, so a page's
 * text is not copied again and again while the buffer grows. Each page starts in a new one: a buffer that once
 * held a character beyond Latin-1 keeps two bytes for every character after it, which would make every later
 * page slower to write, read and encode.
 */
final class PageBuffer extends Writer {
    /** The least a buffer holds: pages of the same kind follow each other, so the page before is a better guess. */
    private static final int LEAST = 4 * 1024;
    private StringBuilder text = new StringBuilder(LEAST);

    /** Empties the buffer for the next page. */
    void clear() {
        text = new StringBuilder(Math.max(LEAST, text.length() + text.length() / 8));
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
