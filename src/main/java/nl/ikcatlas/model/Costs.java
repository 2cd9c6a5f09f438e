package nl.ikcatlas.model;

/**
 * The figures of the costs page for one year, from {@code costs} in {@code data/atlas.yaml}: the maximum
 * hourly rate the childcare allowance counts per kind of care (euros), the allowance's lowest and highest
 * share of that rate (percent), and the municipality's parental contribution for toddler care, in words.
 * A value written wrongly is null (and reported).
 */
public record Costs(
        Integer year,
        Double daycareRate,
        Double outOfSchoolRate,
        Double childminderRate,
        Double lowestShare,
        Double highestShare,
        String parentalContribution,
        String source) {
}
