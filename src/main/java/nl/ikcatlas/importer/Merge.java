package nl.ikcatlas.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ikcatlas.problem.Position;
import nl.ikcatlas.problem.Problems;

/**
 * Merges a register's records of one kind into the atlas's. The register owns the fields it gives
 * ({@link RegisterRecord#owned()}); every other line of a record is the editors' and stays as it is.
 * A new name keeps the old one in {@code former_names}; a place gone from the register is closed on the
 * register's date, never deleted.
 */
public final class Merge {
    private final ImportPlan plan;
    private final Problems problems;

    public Merge(ImportPlan plan, Problems problems) {
        this.plan = plan;
        this.problems = problems;
    }

    /**
     * Merges {@code records} (all of {@code layout}, all identified by the same key field) and returns
     * the id of each record by its key value. With {@code closeWhenGone}, records of the atlas with a key
     * value the register no longer has are closed.
     */
    public Map<String, String> merge(Layout layout, String registerFile, List<RegisterRecord> records,
                                     boolean closeWhenGone) {
        RecordSet set = RecordSet.read(plan, layout, problems);
        Map<String, String> ids = new LinkedHashMap<>();
        if (records.isEmpty()) {
            return ids;
        }
        String key = records.get(0).key();
        Map<String, RecordSet.Existing> existing = set.by(key);
        Map<String, Integer> seen = new HashMap<>();
        Set<String> newIds = new HashSet<>();
        for (RegisterRecord record : records) {
            Integer earlier = seen.putIfAbsent(record.keyValue(), record.line());
            if (earlier != null) {
                problems.add(new Position(registerFile, record.line(), 1), "the " + key + " " + record.keyValue()
                        + " is given twice in the register (also on line " + earlier + ")",
                        "the file may have been edited by hand; download it again");
                continue;
            }
            RecordSet.Existing old = existing.get(record.keyValue());
            if (old != null) {
                update(layout, old, record);
                ids.put(record.keyValue(), old.id());
            } else if (record.deregistered() == null) {
                String id = set.freeId(record.id(), record.keyValue(), newIds);
                newIds.add(id);
                create(layout, set, id, record);
                ids.put(record.keyValue(), id);
            }
        }
        if (closeWhenGone) {
            existing.forEach((value, old) -> {
                if (!seen.containsKey(value) && old.text("closed") == null) {
                    close(layout, old, "no longer in the register");
                }
            });
        }
        return ids;
    }

    private void create(Layout layout, RecordSet set, String id, RegisterRecord record) {
        RecordFile file = RecordFile.create(layout.schemaLine());
        Map<String, Value> fields = new HashMap<>(record.created());
        record.owned().forEach((field, value) -> {
            if (value != null) {
                fields.put(field, value);
            }
        });
        fields.put("id", Value.text(id));
        for (String field : layout.order()) {
            if (fields.containsKey(field)) {
                file.put(field, fields.get(field).lines(field), layout.order());
            }
        }
        plan.write(set.path(id), file.text());
        plan.report().added(plan.name(set.path(id)), record.name());
    }

    private void update(Layout layout, RecordSet.Existing old, RegisterRecord record) {
        RecordFile file = old.lines();
        boolean edited = false;
        for (Map.Entry<String, Value> field : record.owned().entrySet()) {
            String before = old.text(field.getKey());
            Value value = field.getValue();
            String after = value == null ? null : value.shown();
            if (Objects.equals(before, after)) {
                continue;
            }
            edited = true;
            if (field.getKey().equals("name") && before != null && layout.isPlace()) {
                file.append("former_names", List.of("- name: " + Value.scalar(before), "  until: " + plan.date()),
                        layout.order());
                plan.report().renamed(old.file(), before, after);
            } else {
                plan.report().changed(old.file(), field.getKey(), before, after);
            }
            if (value == null) {
                file.remove(field.getKey());
            } else {
                file.put(field.getKey(), value.lines(field.getKey()), layout.order());
            }
        }
        boolean moved = !Objects.equals(old.text("address"), shown(record, "address"))
                || !Objects.equals(old.text("postcode"), shown(record, "postcode"));
        if (moved && layout.isPlace() && file.marked("coordinates")) {
            // looked up for the old address: look them up again (with --geocode)
            file.remove("coordinates");
            plan.report().changed(old.file(), "coordinates", old.text("coordinates"), null);
            edited = true;
        }
        if (record.deregistered() != null && old.text("closed") == null) {
            file.put("closed", Value.raw(record.deregistered().toString()).lines("closed"), layout.order());
            plan.report().closed(old.file(), record.name(), record.deregistered().toString(), "deregistered in the register");
            edited = true;
        }
        if (edited) {
            plan.write(old.path(), file.text());
        }
    }

    private static String shown(RegisterRecord record, String field) {
        Value value = record.owned().get(field);
        return value == null ? null : value.shown();
    }

    private void close(Layout layout, RecordSet.Existing old, String why) {
        RecordFile file = old.lines();
        file.put("closed", Value.raw(plan.date().toString()).lines("closed"), layout.order());
        plan.write(old.path(), file.text());
        plan.report().closed(old.file(), old.text("name"), plan.date().toString(), why);
    }
}
