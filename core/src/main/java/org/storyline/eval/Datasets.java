package org.storyline.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared datasets folder (corpora and gold sets, never part of the repository): an explicit path,
 * else {@code $STORYLINE_DATASETS} when it exists, else the first {@code shared/datasets} found walking up from
 * the working directory (so a clone or worktree below the project finds it too).
 */
public final class Datasets {
    private Datasets() {}

    /** The datasets folder, if one can be found. */
    public static Optional<Path> find() {
        String env = System.getenv("STORYLINE_DATASETS");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/datasets"))) {
                return Optional.of(p.resolve("shared/datasets"));
            }
        }
        return Optional.empty();
    }

    /** {@code explicit} when given (it must exist), else {@link #find()}; fails with a clear message. */
    public static Path locate(Path explicit) {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new IllegalArgumentException("datasets folder " + explicit + " does not exist");
            }
            return explicit;
        }
        return find().orElseThrow(() -> new IllegalArgumentException(
                "datasets folder not found: pass --datasets DIR or set STORYLINE_DATASETS"));
    }
}
