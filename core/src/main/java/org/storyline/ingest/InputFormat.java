package org.storyline.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The input formats. A file's name gives a first guess; its content has the last word ({@link Sniffer}): a page
 * saved as {@code .txt} is read as HTML, a feed saved as {@code .html} as a feed. Gzip compression is detected
 * from the content, whatever the name.
 */
enum InputFormat {
    /** One article per file; see {@link TitleRule}. */
    TEXT(".txt"),
    /** One JSON object per line, with {@code text} or {@code html}. */
    JSONL(".jsonl", ".ndjson"),
    /** One article per page. */
    HTML(".html", ".htm", ".xhtml", ".shtml"),
    /** RSS or Atom: one article per item. */
    FEED(".rss", ".atom", ".xml", ".rdf"),
    /** A web archive: one article per HTML response record of status 200. */
    WARC(".warc", ".arc");

    private static final String GZ = ".gz";

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file called {@code fileName} (e.g. {@code a.jsonl.gz}) claims, or empty when it names none. */
    static Optional<InputFormat> of(String fileName) {
        String name = withoutGz(fileName.toLowerCase(Locale.ROOT));
        for (InputFormat format : values()) {
            if (format.extension(name) != null) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The file name without its input extensions: {@code a.txt.gz} gives {@code a}, {@code b.v2.txt} gives
     * {@code b.v2}, {@code page.html} read as a feed gives {@code page}; a name without a known extension loses its
     * last one ({@code story.php} read as HTML gives {@code story}).
     */
    static String stem(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).endsWith(GZ)
                ? fileName.substring(0, fileName.length() - GZ.length())
                : fileName;
        String lower = name.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            String extension = format.extension(lower);
            if (extension != null) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= 6 ? name.substring(0, dot) : name;
    }

    static String description() {
        return ".txt, .jsonl, .ndjson, .html, .htm, RSS/Atom (.xml, .rss, .atom) or WARC (.warc), optionally gzipped"
                + " (.gz), or content recognised as HTML, a feed or a WARC";
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
