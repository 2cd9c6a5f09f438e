package nl.ikcatlas.serve;

/** The latest build: its number (counting from 1) and, when it failed, its problems (else null). */
record BuildOutcome(int number, ProblemReport problems) {
    boolean failed() {
        return problems != null;
    }
}
