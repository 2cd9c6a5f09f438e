package nl.ikcatlas.problem;

/** A place in a user's file: path relative to the atlas directory, 1-based line and column. */
public record Position(String file, int line, int column) {

    public static Position startOf(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
