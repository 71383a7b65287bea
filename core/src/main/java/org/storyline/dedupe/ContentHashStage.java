package org.storyline.dedupe;

import java.text.Normalizer;
import java.util.Set;
import org.storyline.model.Article;
import org.storyline.pipeline.Annotation;
import org.storyline.pipeline.Stage;
import org.storyline.text.Ids;

/**
 * Hashes the normalized cleaned text: case folded, accents stripped, punctuation and white space collapsed, so
 * that copies differing only in those (or in removed boilerplate) get the same hash. Texts with no word
 * characters get no hash and are never counted as duplicates.
 */
public final class ContentHashStage implements Stage<Article, Article> {

    @Override
    public String name() {
        return "hash";
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.CLEAN_TEXT);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.CONTENT_HASH);
    }

    @Override
    public Article apply(Article article) {
        String norm = normalize(article.body());
        return article.withContentHash(norm.isEmpty() ? null : Ids.sha1(norm));
    }

    /** Lower-case letters and digits of {@code text}, words separated by one space. */
    public static String normalize(String text) {
        return isAscii(text) ? normalizeAscii(text) : normalizeUnicode(text);
    }

    private static boolean isAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The same as {@link #normalizeUnicode} for ASCII text (NFKD changes nothing there), several times faster. */
    private static String normalizeAscii(String text) {
        int n = text.length();
        byte[] out = new byte[n];
        int len = 0;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && len > 0) {
                    out[len++] = ' ';
                }
                out[len++] = (byte) c;
                space = false;
            } else if (c >= 'A' && c <= 'Z') {
                if (space && len > 0) {
                    out[len++] = ' ';
                }
                out[len++] = (byte) (c + ('a' - 'A'));
                space = false;
            } else {
                space = true;
            }
        }
        return new String(out, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String normalizeUnicode(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }
}
