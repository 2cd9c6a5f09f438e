package nl.ikcatlas.model;

/** The current housing of a kindcentrum and the partners' wishes for it. */
public record Housing(HousingSituation situation, String wishes) {
}
