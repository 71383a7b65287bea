package org.storyline.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivedFilesTest {
    @Test
    void publishCopiesWhatTheRunWroteAndRemovesWhatItDidNot(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path store = dir.resolve("store");
        for (String f : DerivedFiles.FILES) {
            Files.writeString(out.resolve(f), "{\"run\":1,\"file\":\"" + f + "\"}\n");
        }
        DerivedFiles.publish(out, DerivedFiles.FILES, store);
        Path derived = DerivedFiles.dir(store);
        assertThat(derived).isEqualTo(store.resolve("derived"));
        for (String f : DerivedFiles.FILES) {
            assertThat(Files.readString(derived.resolve(f))).contains("\"run\":1", f);
        }

        // a second run with --facts none: its comparison replaces the old one, the old facts must not stay
        Files.writeString(out.resolve(DerivedFiles.COMPARISON), "{\"run\":2}\n");
        Files.writeString(out.resolve(DerivedFiles.SUMMARIES), "{\"run\":2}\n");
        DerivedFiles.publish(out, List.of(DerivedFiles.COMPARISON, DerivedFiles.SUMMARIES), store);
        assertThat(Files.readString(derived.resolve(DerivedFiles.COMPARISON))).contains("\"run\":2");
        assertThat(derived.resolve(DerivedFiles.FACTS)).doesNotExist();
        assertThat(derived.resolve(DerivedFiles.ENTITIES)).doesNotExist();
        try (var files = Files.list(derived)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }

        // a file named as written but absent from out is removed too
        Files.delete(out.resolve(DerivedFiles.SUMMARIES));
        DerivedFiles.publish(out, List.of(DerivedFiles.COMPARISON, DerivedFiles.SUMMARIES), store);
        assertThat(derived.resolve(DerivedFiles.SUMMARIES)).doesNotExist();
    }
}
