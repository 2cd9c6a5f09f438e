package nl.ikcatlas.load;

import java.util.Arrays;
import java.util.regex.Pattern;
import nl.ikcatlas.problem.Problems;
import nl.ikcatlas.problem.Quote;

/** One item of a list or one value of a keyed mapping. */
public record FieldItem(YamlNode node, String path, String name, FieldType type, Problems problems) {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

    public String text() {
        expect(FieldType.Text.class, FieldType.Choice.class);
        return scalarText();
    }

    public Integer wholeNumber() {
        expect(FieldType.WholeNumber.class);
        String text = scalarText();
        if (text == null) {
            return null;
        }
        if (WHOLE_NUMBER.matcher(text).matches() && text.length() < 10) {
            return Integer.parseInt(text);
        }
        problems.add(node.position(), Quote.of(name) + " must be a whole number, not " + Quote.of(text));
        return null;
    }

    /** The item as a group of the declared fields; {@code what} names it in messages. */
    public Fields fields(String what) {
        expect(FieldType.Group.class);
        return Fields.of(node, path, what, ((FieldType.Group) type).fields(), problems);
    }

    public Fields fields() {
        expect(FieldType.Group.class);
        return fields(((FieldType.Group) type).fields().what());
    }

    private String scalarText() {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return scalar.text().strip();
        }
        problems.add(node.position(), Quote.of(name) + " must be a single value here, not " + node.describe());
        return null;
    }

    /** Reading an item as another type than declared is a defect of the reader. */
    @SafeVarargs
    private void expect(Class<? extends FieldType>... declared) {
        if (Arrays.stream(declared).noneMatch(t -> t.isInstance(type))) {
            throw new IllegalStateException("an item of '" + name + "' is declared as " + type
                    + " but read as " + declared[0].getSimpleName());
        }
    }
}
