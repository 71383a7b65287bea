package org.storyline.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared datasets folder: an explicit path, $STORYLINE_DATASETS, or shared/datasets above the cwd. */
public final class Datasets {
    private Datasets() {}

    public static Path locate(Path explicit) {
        if (explicit != null) {
            return require(explicit);
        }
        String env = System.getenv("STORYLINE_DATASETS");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Path.of(env);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/datasets"))) {
                return p.resolve("shared/datasets");
            }
        }
        throw new IllegalArgumentException("datasets folder not found: pass --datasets DIR or set STORYLINE_DATASETS");
    }

    private static Path require(Path p) {
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException("datasets folder " + p + " does not exist");
        }
        return p;
    }
}
