package org.storyline.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code storyline bench}: benchmarks that print quality and speed figures against the gold sets in
 * {@code ../shared/datasets}, each next to a simple baseline computed in the same run. Each benchmark is one
 * subcommand class in this package.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks against ../shared/datasets (or --datasets DIR); figures go to BENCHMARKS.md.",
        subcommands = {ClusterBench.class, DedupeBench.class, ExtractBench.class, ServeBench.class,
                FactsBench.class,
                SummarizeBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
