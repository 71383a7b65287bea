package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns author strings into names: "By Jane Doe and John Roe" gives [Jane Doe, John Roe]. Drops a leading "By",
 * "Von", "Par"... label, splits at commas, semicolons, "and"/"und"/"et"/"y"/"&"..., and rejects what is not a
 * name: URLs, e-mail addresses, dates, overlong strings.
 */
final class AuthorNames {
    private AuthorNames() {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*(by|von|par|por|di|af|av|door|text|texte|autor|autorin|autoren|author|authors|"
                    + "written by|reported by|ein beitrag von|eine analyse von|ein kommentar von|"
                    + "ein interview von|ein gastbeitrag von)\\s*[:\\s]\\s*");
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:[,;|\\n]|\\s(?:and|und|&|et|y|e|och|og|i|ve|en|und von|and by)\\s)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu).*(https?:|www\\.|@|\\d|\\.com\\b|\\*).*|by|von|par|name|author|autor|redaktion|please.*");
    /** From the first word with a digit on, with the month name before it: "Jane Doe June 19" is Jane Doe. */
    private static final Pattern DATED = Pattern.compile(
            "(?iu)(\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?)?\\s+\\S*\\d.*$");
    /** A trailing initials tag ("Jane Doe (jd)") or role word ("기자" reporter, "記者"). */
    private static final Pattern SUFFIX = Pattern.compile("\\s*(\\([\\p{Ll}.]{1,6}\\)|기자|記者|特派員)$");

    static List<String> split(List<String> values) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            names.addAll(split(value));
        }
        return List.copyOf(names);
    }

    static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        String v = value.replace('\u00a0', ' ').strip();
        v = PREFIX.matcher(v).replaceFirst("");
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(v)) {
            String name = part.strip();
            name = PREFIX.matcher(name).replaceFirst("").strip();
            name = DATED.matcher(name).replaceFirst("");
            name = SUFFIX.matcher(name).replaceFirst("").strip();
            if (plausible(name)) {
                names.add(name);
            }
        }
        return names;
    }

    static boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 60 || NOT_A_NAME.matcher(name).matches()) {
            return false;
        }
        long words = name.chars().filter(c -> c == ' ').count() + 1;
        return words <= 6 && Character.isLetter(name.codePointAt(0));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
