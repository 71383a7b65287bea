package org.storyline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the shared seed articles for dataset tests: {@code $STORYLINE_DATASETS/seeds} when that exists, else
 * the first {@code shared/datasets/seeds} found walking up from the working directory (so a git worktree below
 * the project directory finds them too). Tests that need them skip when
 * they are absent. The texts are read at test time and never copied into the repository.
 */
public final class SeedFiles {
    private SeedFiles() {}

    /** The seeds directory, or null when it cannot be found. */
    public static Path seedsDir() {
        return org.storyline.eval.Datasets.find().map(d -> d.resolve("seeds")).filter(Files::isDirectory).orElse(null);
    }

    /** Skips the calling test when the seeds are absent. */
    public static Path assumeSeeds() {
        Path dir = seedsDir();
        assumeTrue(dir != null, "seed articles not found (set STORYLINE_DATASETS or provide shared/datasets/seeds)");
        return dir;
    }

    /** The text of the seed file whose name starts with {@code prefix} (e.g. "001_"). */
    public static String read(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".txt"))
                    .findFirst()
                    .orElse(null);
            assumeTrue(f != null, "seed file " + prefix + "*.txt not found in " + dir);
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's id: its file name without ".txt". */
    public static String id(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .findFirst()
                    .orElse(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
