package nl.ikcatlas.importer;

import java.time.LocalDate;
import java.util.Map;

/**
 * One record as a register gives it, before it is merged into the atlas.
 *
 * @param key          the field that identifies the record across editions ({@code vestigingscode}, {@code lrk}, ...)
 * @param keyValue     its value
 * @param id           the id (and file name) for a new record
 * @param owned        the fields the register owns, in write order; a null value means the register has none
 * @param created      fields written only when the record is new (its source, for example)
 * @param deregistered not null when the register says the record ended, on that date
 * @param line         the line of the register file it comes from
 */
public record RegisterRecord(Layout layout, String key, String keyValue, String id, Map<String, Value> owned,
                             Map<String, Value> created, LocalDate deregistered, int line) {

    /** The record's name for the change report; a record without one (a board) by its key. */
    public String name() {
        Value name = owned.get("name");
        return name != null ? name.shown() : key + " " + keyValue;
    }
}
