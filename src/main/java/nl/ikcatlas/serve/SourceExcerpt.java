package nl.ikcatlas.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ikcatlas.problem.Position;

/**
 * The lines around a problem's position, numbered, with a caret under its column: what the terminal and
 * the error page show under the message. Empty when the position is not a line of a file of the atlas.
 */
record SourceExcerpt(List<Line> lines) {
    private static final int AROUND = 2;

    /** One line to show; {@code marked} for the problem's own line and the caret below it. */
    record Line(String text, boolean marked) {
    }

    static SourceExcerpt of(Path atlasDir, Position position) {
        Path root = atlasDir.toAbsolutePath().normalize();
        Path file = root.resolve(position.file()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return new SourceExcerpt(List.of());
        }
        List<String> source;
        try {
            source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return new SourceExcerpt(List.of());
        }
        if (position.line() > source.size()) {
            return new SourceExcerpt(List.of());
        }
        int first = Math.max(1, position.line() - AROUND);
        int last = Math.min(source.size(), position.line() + AROUND);
        int width = String.valueOf(last).length();
        List<Line> lines = new ArrayList<>();
        for (int number = first; number <= last; number++) {
            String text = source.get(number - 1);
            boolean marked = number == position.line();
            lines.add(new Line(String.format("%s %" + width + "d | %s", marked ? ">" : " ", number, text), marked));
            if (marked) {
                lines.add(new Line("  " + " ".repeat(width) + " | " + caretIndent(text, position.column()) + "^", true));
            }
        }
        return new SourceExcerpt(List.copyOf(lines));
    }

    /** Spaces up to the column, keeping tabs so the caret lines up under the character. */
    private static String caretIndent(String text, int column) {
        StringBuilder indent = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            indent.append(i < text.length() && text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return indent.toString();
    }
}
