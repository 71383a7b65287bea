package org.storyline.index;

import java.util.List;

/** A piece of an article's text with the words that matched the query marked. */
public record Snippet(List<Fragment> fragments) {
    /** Text, marked or not. */
    public record Fragment(String text, boolean marked) {}

    public Snippet {
        fragments = List.copyOf(fragments);
    }

    public static Snippet plain(String text) {
        return new Snippet(List.of(new Fragment(text, false)));
    }

    /** The text without marks. */
    public String text() {
        StringBuilder b = new StringBuilder();
        fragments.forEach(f -> b.append(f.text()));
        return b.toString();
    }

    public boolean hasMarks() {
        return fragments.stream().anyMatch(Fragment::marked);
    }

    /** HTML: every fragment escaped, marked ones inside {@code <mark>}; nothing else is markup. */
    public String html() {
        StringBuilder b = new StringBuilder();
        for (Fragment f : fragments) {
            if (f.marked()) {
                b.append("<mark>").append(escape(f.text())).append("</mark>");
            } else {
                b.append(escape(f.text()));
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
