package org.storyline.web;

/**
 * A tiny HTML writer whose default is safe: {@link #text} and every attribute value are escaped; only tag names
 * and {@link #raw} (for constant markup written in this package, never for data) go out as given.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** Escapes {@code & < > " '} so the result is safe in text and in quoted attribute values; null gives "". */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Escaped text. */
    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** Markup written as is: only for string constants of this package. */
    Html raw(String constantMarkup) {
        out.append(constantMarkup);
        return this;
    }

    /** An opening tag; {@code attrs} are name/value pairs, values escaped, a null value leaves the attribute out. */
    Html open(String tag, String... attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attrs>text</tag>} with the text escaped. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** A link to a path of this site (or a URL checked by {@link Links#externalHref}). */
    Html link(String href, String text, String... attrs) {
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
