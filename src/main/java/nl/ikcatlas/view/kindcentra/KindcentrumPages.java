package nl.ikcatlas.view.kindcentra;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ikcatlas.model.Assessment;
import nl.ikcatlas.model.Kindcentrum;
import nl.ikcatlas.model.PlaceKind;
import nl.ikcatlas.model.Source;
import nl.ikcatlas.model.Theme;
import nl.ikcatlas.model.ThemeLevel;
import nl.ikcatlas.site.Page;
import nl.ikcatlas.view.shared.AtlasIndex;
import nl.ikcatlas.view.shared.Card;
import nl.ikcatlas.view.shared.Dutch;
import nl.ikcatlas.view.shared.Explained;
import nl.ikcatlas.view.shared.Labels;
import nl.ikcatlas.view.shared.Layouts;
import nl.ikcatlas.view.shared.LevelView;
import nl.ikcatlas.view.shared.Link;
import nl.ikcatlas.view.shared.PlaceHistories;
import nl.ikcatlas.view.shared.Scale;
import nl.ikcatlas.view.shared.Section;
import nl.ikcatlas.view.shared.SitePaths;
import nl.ikcatlas.view.shared.SourceNotes;
import nl.ikcatlas.view.shared.ViewContext;

/** Builds the page of one kindcentrum. */
public final class KindcentrumPages {

    private final ViewContext ctx;
    private final PlaceHistories histories;

    public KindcentrumPages(ViewContext ctx) {
        this.ctx = ctx;
        this.histories = new PlaceHistories(ctx.index().atlas().settings().edition());
    }

    public Page page(Kindcentrum k) {
        AtlasIndex index = ctx.index();
        String path = SitePaths.kindcentrum(k.id());
        String root = Page.rootFrom(path);
        SourceNotes notes = ctx.notes();

        List<Assessment> newestFirst = new ArrayList<>(k.assessments());
        newestFirst.sort(Comparator.comparingInt(Assessment::year).reversed());
        for (Assessment a : newestFirst) {
            notes.add(a.source(), "de niveaus");
        }
        notes.add(k.source(), "de plannen en de samenwerking");

        List<Card> schools = new ArrayList<>();
        for (String id : k.schools()) {
            schools.add(ctx.cards().school(root, index.school(id), k));
            notes.add(index.school(id).source(), "de scholen");
        }
        List<Card> childcare = new ArrayList<>();
        for (String id : k.childcare()) {
            childcare.add(ctx.cards().childcare(root, index.childcare(id), k));
            notes.add(index.childcare(id).source(), "de opvang");
        }
        if (!newestFirst.isEmpty()) {
            notes.add(index.atlas().instrument().source(), "de uitleg van de niveaus");
        }

        KindcentrumView.Assessment latest = newestFirst.isEmpty() ? null : latest(root, newestFirst);
        KindcentrumView view = new KindcentrumView(
                ctx.layouts().layout(path, Section.KINDCENTRA, k.name(),
                        List.of(Layouts.sectionCrumb(Section.KINDCENTRA)), notes),
                k.name(),
                k.description(),
                new Link(root + SitePaths.area(k.area()), index.area(k.area()).name()),
                histories.view(k.history(), PlaceKind.KINDCENTRUM),
                partnersHeading(latest),
                schools,
                childcare,
                new KindcentrumView.Organisation(
                new Explained(Labels.scenario(k.scenario()), Labels.scenarioExplained(k.scenario())),
                new Explained(Labels.lead(k.lead()), Labels.leadExplained(k.lead())),
                new Explained(Labels.interestForParents(k.interest(), ctx.cards().existing(k)),
                        Labels.interestForParentsExplained(k.interest(), ctx.cards().existing(k))),
                new Explained(Labels.housing(k.housing().situation()),
                        Labels.housingExplained(k.housing().situation())),
                Layouts.blankToNull(k.housing().wishes())),
                new KindcentrumView.Levels(
                latest,
                newestFirst.size() < 2 ? null : history(newestFirst.subList(1, newestFirst.size())),
                ctx.scale().levels().stream().map(level -> ctx.scale().view(level.id())).toList(),
                ctx.layouts().levelsHref(root)),
                ctx.maps().kindcentrum(k, root));
        return new Page(path, view);
    }

    /**
     * "Wie werken hier samen?" only when the typical level says school and childcare work together (above the
     * lowest level); at the lowest level, or without a measurement, the partners are named neutrally.
     */
    private String partnersHeading(KindcentrumView.Assessment latest) {
        LevelView typical = latest == null ? null : latest.typical();
        boolean together = typical != null && !typical.id().equals(ctx.scale().levels().get(0).id());
        return together ? "Wie werken hier samen?" : "Wie horen bij dit kindcentrum?";
    }

    private KindcentrumView.Assessment latest(String root, List<Assessment> newestFirst) {
        Assessment latest = newestFirst.get(0);
        Assessment previous = newestFirst.size() > 1 ? newestFirst.get(1) : null;
        Scale scale = ctx.scale();
        List<KindcentrumView.ThemeScore> scores = new ArrayList<>();
        for (Theme theme : ctx.index().atlas().instrument().themes()) {
            String levelId = latest.levels().get(theme.id());
            ThemeLevel meaning = theme.levels().get(levelId);
            String before = previous == null ? null : previous.levels().get(theme.id());
            String change = null;
            String kind = null;
            if (before != null) {
                int diff = scale.number(levelId) - scale.number(before);
                kind = diff > 0 ? "up" : diff < 0 ? "down" : "same";
                change = switch (kind) {
                    case "up" -> "hoger";
                    case "down" -> "lager";
                    default -> "gelijk";
                };
            }
            scores.add(new KindcentrumView.ThemeScore(theme.name(), root + SitePaths.INSTRUMENT + "#" + theme.id(),
                    scale.view(levelId), meaning == null ? null : meaning.summary(),
                    meaning == null ? null : meaning.plain(), before == null ? null : scale.view(before), change,
                    kind));
        }
        return new KindcentrumView.Assessment(Integer.toString(latest.year()), Dutch.date(latest.date()),
                sourceName(latest.source()), Layouts.blankToNull(latest.note()),
                previous == null ? null : Integer.toString(previous.year()), scale.typical(latest.levels()), scores);
    }

    private KindcentrumView.History history(List<Assessment> earlier) {
        List<String> years = new ArrayList<>();
        List<KindcentrumView.YearNote> notes = new ArrayList<>();
        for (Assessment a : earlier) {
            years.add(Integer.toString(a.year()));
            notes.add(new KindcentrumView.YearNote(Integer.toString(a.year()), Dutch.date(a.date()),
                    sourceName(a.source()), Layouts.blankToNull(a.note())));
        }
        List<KindcentrumView.Row> rows = new ArrayList<>();
        for (Theme theme : ctx.index().atlas().instrument().themes()) {
            List<String> cells = new ArrayList<>();
            for (Assessment a : earlier) {
                LevelView level = ctx.scale().view(a.levels().get(theme.id()));
                cells.add(level == null ? "-" : level.number() + " - " + level.name());
            }
            rows.add(new KindcentrumView.Row(theme.name(), cells));
        }
        return new KindcentrumView.History(years, rows, notes);
    }

    private String sourceName(String sourceId) {
        Source source = ctx.index().source(sourceId);
        return source == null ? null : SourceNotes.cite(source).substring("Bron: ".length());
    }
}
