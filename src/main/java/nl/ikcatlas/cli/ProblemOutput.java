package nl.ikcatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.ikcatlas.problem.Problem;
import nl.ikcatlas.problem.format.CodeQualityReport;
import nl.ikcatlas.problem.format.GithubAnnotations;
import nl.ikcatlas.problem.format.ProblemFormat;
import nl.ikcatlas.problem.format.ProblemsJson;
import nl.ikcatlas.problem.format.StepSummary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} and {@code --report} options of the commands that check the atlas, and the
 * writing of their problems in that format. The plain lines for people always go to stderr; a machine
 * report goes to {@code --report FILE} or else to stdout, which then holds nothing else.
 */
final class ProblemOutput {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, github, gitlab or json (default: github when GITHUB_ACTIONS=true, else text)")
    private ProblemFormat format;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the gitlab or json report to FILE instead of stdout")
    private Path report;

    private final Terminal terminal;

    ProblemOutput(Terminal terminal) {
        this.terminal = terminal;
    }

    /** The format asked for or detected; a report file without a report format is wrong usage. */
    ProblemFormat format() {
        ProblemFormat chosen = format != null ? format : ProblemFormat.detect(terminal.env());
        if (report != null && !chosen.writesReport()) {
            throw new ParameterException(command.commandLine(), "--report needs --format gitlab or --format json");
        }
        return chosen;
    }

    /** Where the lines for people that would go to stdout go: stderr when stdout holds the report. */
    PrintStream humanOut() {
        return format().writesReport() && report == null ? terminal.err() : terminal.out();
    }

    /**
     * Reports the problems of one run (none when it succeeded) in the chosen format, and its closing line
     * {@code outcome} (to stderr after problems), which also heads GitHub's job summary.
     */
    void write(List<Problem> problems, String outcome) {
        ProblemPrinter.print(terminal.err(), problems);
        (problems.isEmpty() ? humanOut() : terminal.err()).println(outcome);
        String title = command.qualifiedName();
        switch (format()) {
            case TEXT -> { }
            case GITHUB -> {
                terminal.out().print(GithubAnnotations.of(problems, title));
                String summary = terminal.env().get("GITHUB_STEP_SUMMARY");
                if (summary != null && !summary.isEmpty()) {
                    write(Path.of(summary), StepSummary.of(title + ": " + outcome, problems), StandardOpenOption.APPEND);
                }
            }
            case GITLAB -> writeReport(CodeQualityReport.of(problems));
            case JSON -> writeReport(ProblemsJson.of(problems));
        }
    }

    private void writeReport(String text) {
        if (report == null) {
            terminal.out().print(text);
        } else {
            write(report, text, StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    private void write(Path file, String text, StandardOpenOption mode) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "could not write " + file + ": " + e.getMessage());
        }
    }
}
