package org.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storyline} command line. */
@Command(name = "storyline", mixinStandardHelpOptions = true, version = "storyline 0.1.0",
        description = "Turns a pile or a stream of news articles into events, storylines and provenance.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, ServeCommand.class, DemoCommand.class,
                org.storyline.bench.BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
