package nl.ikcatlas.problem.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcatlas.problem.Problem;

/**
 * The problems as a GitLab Code Quality report, which a merge request shows at the changed lines.
 * Every problem stops the build, so each is a {@code blocker}. The fingerprint, which GitLab uses to tell
 * new problems from fixed ones, is a hash of the file, the message and how many times the same message
 * was seen in that file before: unique within a report and the same from run to run.
 */
public final class CodeQualityReport {
    private CodeQualityReport() {
    }

    public static String of(List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Problem problem : problems) {
            String key = problem.position().file() + "\n" + problem.message();
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            entries.add(entry(problem, fingerprint(key + "\n" + occurrence)));
        }
        return JsonText.of(entries);
    }

    private static Map<String, Object> entry(Problem problem, String fingerprint) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("description", problem.hint() == null ? problem.message() : problem.message() + " (hint: " + problem.hint() + ")");
        entry.put("check_name", "ikc-atlas");
        entry.put("fingerprint", fingerprint);
        entry.put("severity", "blocker");
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("path", problem.position().file());
        location.put("lines", Map.of("begin", problem.position().line()));
        entry.put("location", location);
        return entry;
    }

    private static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
