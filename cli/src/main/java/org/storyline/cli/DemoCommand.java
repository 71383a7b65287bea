package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline demo}: analyze the example corpus into a fresh store and serve it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyzes examples/corpus into a fresh store under target/demo and serves it.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--examples", defaultValue = "examples/corpus", paramLabel = "DIR",
            description = "The corpus to analyze (default: ${DEFAULT-VALUE}).")
    Path examples;

    @Option(names = "--out", defaultValue = "target/demo", paramLabel = "DIR",
            description = "Output and store directory, emptied first (default: ${DEFAULT-VALUE}).")
    Path out;

    @picocli.CommandLine.Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(examples)) {
            System.err.println("storyline: " + examples + " not found; run the demo from the project directory");
            return 2;
        }
        int rc = analyze(examples, out);
        if (rc != 0) {
            return rc;
        }
        return ServeCommand.serve(out.resolve("store"), server.host, server.port);
    }

    /** Empties {@code out} and analyzes {@code corpus} into it with analyze's defaults (store in out/store). */
    static int analyze(Path corpus, Path out) throws Exception {
        deleteRecursively(out);
        AnalyzeCommand analyze = new AnalyzeCommand();
        analyze.inputs = List.of(corpus);
        analyze.out = out;
        analyze.store = out.resolve("store");
        return analyze.run(System.err);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
