package org.storyline.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.eval.ClusterFiles;
import org.storyline.eval.ClusterMetrics;
import org.storyline.eval.ClusterScores;
import org.storyline.eval.LabelField;
import org.storyline.eval.ScoreTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline eval}: score predicted assignments against gold clusters. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores assignments.jsonl against a gold file of {\"id\",\"event\",\"topic\"} lines:",
                "BCubed P/R/F1, pairwise P/R/F1, NMI and ARI, next to the all-singletons baseline.",
                "--field topic compares gold topics with predicted storylines."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold labels.")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "assignments.jsonl", description = "Predictions.")
    Path pred;

    @Option(names = "--field", defaultValue = "event", paramLabel = "event|topic",
            description = "Which gold label to score (default: ${DEFAULT-VALUE}).")
    LabelField field;

    @Override
    public Integer call() throws Exception {
        Map<String, String> g = ClusterFiles.readGold(gold, field);
        Map<String, String> p = ClusterFiles.readPredicted(pred, field);
        ClusterScores system = ClusterMetrics.score(g, p);
        ClusterScores singletons = ScoreTable.singletonBaseline(g);
        ScoreTable table = new ScoreTable();
        table.add("storyline", system);
        table.add("all singletons", singletons);
        System.out.print(table.format());
        return 0;
    }
}
