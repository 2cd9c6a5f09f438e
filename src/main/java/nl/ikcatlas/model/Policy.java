package nl.ikcatlas.model;

/** The municipality's policy on kindcentra: its role and budget frame, with their source. */
public record Policy(MunicipalRole role, String budget, String description, String source) {
}
