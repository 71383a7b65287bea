package org.storyline.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats, told apart by file name; gzip compression is detected from the content, not the name. */
enum InputFormat {
    /** One article per file; see {@link TitleRule}. */
    TEXT(".txt"),
    /** One JSON object per line. */
    JSONL(".jsonl", ".ndjson");

    private static final String GZ = ".gz";

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format of a file called {@code fileName}, e.g. {@code a.jsonl.gz}, or empty when it is none of ours. */
    static Optional<InputFormat> of(String fileName) {
        String name = withoutGz(fileName.toLowerCase(Locale.ROOT));
        for (InputFormat format : values()) {
            if (format.extension(name) != null) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The file name without its input extensions: {@code a.txt.gz} gives {@code a}, {@code b.v2.txt} gives {@code b.v2}. */
    String stem(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).endsWith(GZ)
                ? fileName.substring(0, fileName.length() - GZ.length())
                : fileName;
        String extension = extension(name.toLowerCase(Locale.ROOT));
        return extension == null ? name : name.substring(0, name.length() - extension.length());
    }

    static String description() {
        return ".txt, .jsonl or .ndjson, optionally gzipped (.gz)";
    }

    private String extension(String lowerCaseName) {
        for (String extension : extensions) {
            if (lowerCaseName.endsWith(extension)) {
                return extension;
            }
        }
        return null;
    }

    private static String withoutGz(String lowerCaseName) {
        return lowerCaseName.endsWith(GZ) ? lowerCaseName.substring(0, lowerCaseName.length() - GZ.length()) : lowerCaseName;
    }
}
