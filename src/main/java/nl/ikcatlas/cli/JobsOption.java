package nl.ikcatlas.cli;

import nl.ikcatlas.pipeline.AtlasPipeline;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --jobs N} option of the commands that render pages: how many pages are rendered at once. */
final class JobsOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--jobs", paramLabel = "N",
            description = "how many pages to render at once (default: one per processor); the site is the same")
    private Integer jobs;

    /** The number given, at least 1, or one per processor. */
    int jobs() {
        if (jobs == null) {
            return AtlasPipeline.machineJobs();
        }
        if (jobs < 1) {
            throw new ParameterException(command.commandLine(), "--jobs must be 1 or more, not " + jobs);
        }
        return jobs;
    }
}
