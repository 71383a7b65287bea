package org.storyline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page, trusting the bytes over the labels: a byte order mark decides; else bytes that
 * are valid UTF-8 are UTF-8 whatever the page declares (pages are often re-encoded to UTF-8 and keep their old
 * {@code <meta charset>}); else the declared charset (HTTP header first, then {@code <meta charset>} or
 * {@code http-equiv}); else windows-1252, which never fails. Each disagreement comes back as a note.
 */
final class HtmlBytes {
    /** The text, the charset it was read in, and a note when the labels disagreed with the bytes (else null). */
    record Decoded(String text, Charset charset, String note) {
    }

    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final int META_WINDOW = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final StrictUtf8 utf8 = new StrictUtf8();

    /** Decodes {@code bytes[0, length)}; {@code transportCharset} is the HTTP header's charset or null. */
    Decoded decode(byte[] bytes, int length, String transportCharset) {
        if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new Decoded(new String(bytes, 3, length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE,
                    null);
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE,
                    null);
        }
        String declaredName = transportCharset != null ? transportCharset : metaCharset(bytes, length);
        Charset declared = charset(declaredName);
        StrictUtf8.Decoded asUtf8 = utf8.decode(bytes, 0, length);
        if (asUtf8.valid()) {
            String note = null;
            if (declared != null && !isUtf8(declared) && !ascii(bytes, length)) {
                note = "declares charset " + declaredName + " but is valid UTF-8; read as UTF-8";
            }
            return new Decoded(asUtf8.text(), StandardCharsets.UTF_8, note);
        }
        if (declared != null && !isUtf8(declared)) {
            return new Decoded(new String(bytes, 0, length, declared), declared, null);
        }
        String why = declared != null ? "declares UTF-8 but is not valid UTF-8"
                : declaredName != null ? "declares unknown charset " + quoted(declaredName) + " and is not valid UTF-8"
                : "declares no charset and is not valid UTF-8";
        return new Decoded(new String(bytes, 0, length, FALLBACK), FALLBACK,
                why + " (at byte offset " + asUtf8.errorOffset() + "); read as windows-1252");
    }

    private static String metaCharset(byte[] bytes, int length) {
        String head = new String(bytes, 0, Math.min(length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return FALLBACK; // as browsers do (WHATWG encoding standard)
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8);
    }

    private static boolean ascii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String s) {
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
}
