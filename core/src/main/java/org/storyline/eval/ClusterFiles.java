package org.storyline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads cluster labels: gold files ({@code {"id","event","topic"}}) and Storyline's {@code assignments.jsonl}. */
public final class ClusterFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterFiles() {}

    /** id → gold label; ids whose label is null (e.g. no topic) are left out. */
    public static Map<String, String> readGold(Path file, LabelField field) throws IOException {
        return read(file, field.goldKey());
    }

    /** id → predicted label ({@code event}, or {@code storyline} for {@link LabelField#TOPIC}). */
    public static Map<String, String> readPredicted(Path file, LabelField field) throws IOException {
        return read(file, field.predictedKey());
    }

    private static Map<String, String> read(Path file, String key) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new EvalInputException(file + ":" + n + ": malformed JSON (" + e.getOriginalMessage() + ")");
                }
                if (o == null || !o.isObject()) {
                    throw new EvalInputException(file + ":" + n + ": not a JSON object");
                }
                JsonNode id = o.get("id");
                if (id == null || !id.isTextual() || id.asText().isBlank()) {
                    throw new EvalInputException(file + ":" + n + ": missing or non-string \"id\"");
                }
                if (!o.has(key)) {
                    throw new EvalInputException(file + ":" + n + ": missing \"" + key + "\"");
                }
                JsonNode label = o.get(key);
                if (label.isNull()) {
                    continue;
                }
                String previous = out.putIfAbsent(id.asText(), label.asText());
                if (previous != null && !previous.equals(label.asText())) {
                    throw new EvalInputException(file + ":" + n + ": id \"" + id.asText()
                            + "\" appears again with another " + key + " (" + previous + " vs " + label.asText() + ")");
                }
            }
        } catch (NoSuchFileException e) {
            throw new EvalInputException(file + ": no such file");
        } catch (java.io.EOFException e) {
            throw new EvalInputException(file + ": truncated gzip");
        }
        return out;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in) : in;
    }
}
