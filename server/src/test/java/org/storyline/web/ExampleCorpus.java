package org.storyline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.storyline.analyze.AnalysisListener;
import org.storyline.index.HashedWordsEmbedder;

/** The example corpus analysed into a fresh store, the way {@code storyline demo} does, as a served library. */
final class ExampleCorpus {
    private ExampleCorpus() {}

    static Path corpus() {
        for (Path p : List.of(Path.of("examples/corpus"), Path.of("../examples/corpus"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("examples/corpus not found from " + Path.of("").toAbsolutePath());
    }

    /** A library over a new store under {@code dir} holding the analysed example corpus. */
    static Library library(Path dir) throws IOException {
        Library lib = Library.ofStore(dir.resolve("store"), new HashedWordsEmbedder(384));
        lib.ingest(List.of(corpus()), AnalysisListener.NONE, p -> {
            throw new IllegalStateException("example corpus problem: " + p);
        });
        return lib;
    }
}
