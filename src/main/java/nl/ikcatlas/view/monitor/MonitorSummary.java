package nl.ikcatlas.view.monitor;

import java.util.List;
import nl.ikcatlas.view.shared.Link;

/**
 * What changed since each kindcentrum's previous assessment, at a glance: per area (the kindcentrum's
 * own area, in the order of the table) and in total how many themes went up, stayed the same or went
 * down, and every kindcentrum that went down on a theme. {@code sentence} says the total in words.
 */
public record MonitorSummary(String sentence, List<AreaRow> areas, AreaRow total, List<Decline> declines) {

    public MonitorSummary {
        areas = List.copyOf(areas);
        declines = List.copyOf(declines);
    }

    /**
     * One area: how many of its kindcentra have a previous assessment to compare with ("2 van 3"), and
     * the themes that went up, stayed or went down; {@code declined} whether any went down. {@code href} is
     * the monitor of the area when the monitor has a page per area, otherwise null.
     */
    public record AreaRow(String area, String href, String compared, String up, String same, String down,
            boolean declined) {
    }

    /**
     * A kindcentrum that went down, with its area, {@code when} ("in 2025, vergeleken met 2024") and per
     * theme that went down "Gezamenlijke visie (T3): van Hand in hand (3) naar Gezicht naar gezicht (2)".
     */
    public record Decline(Link kindcentrum, String area, String when, List<String> themes) {
        public Decline {
            themes = List.copyOf(themes);
        }
    }
}
