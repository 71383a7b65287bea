package org.storyline.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date that many news sites put in their article URLs: {@code /2023/12/27/},
 * {@code /2023-12-27/}, {@code /20231227/} or {@code -2023-12-27.html}. Only full dates count (a year and month
 * alone do not), and only years from 1990 to 2100.
 */
public final class UrlDate {
    private UrlDate() {
    }

    /** A date found in a URL, with the matching part as evidence. */
    public record Found(LocalDate date, String evidence) {
    }

    private static final Pattern SLASHED = Pattern.compile("/((?:19|20|21)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[-_.])");
    private static final Pattern DASHED = Pattern.compile(
            "[/_-]((?:19|20|21)\\d{2})[-_](\\d{2})[-_](\\d{2})(?:[/_.-]|$)");
    private static final Pattern COMPACT = Pattern.compile("/((?:19|20|21)\\d{2})(\\d{2})(\\d{2})(?:/|[-_.])");

    /** The date in {@code url}'s path, or null. */
    public static Found find(String url) {
        if (url == null) {
            return null;
        }
        String path = path(url);
        for (Pattern p : new Pattern[] {SLASHED, DASHED, COMPACT}) {
            Matcher m = p.matcher(path);
            while (m.find()) {
                LocalDate date = date(m.group(1), m.group(2), m.group(3));
                if (date != null) {
                    return new Found(date, "URL " + m.group().replaceAll("[-_.]$", ""));
                }
            }
        }
        return null;
    }

    private static String path(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) {
            return "";
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c, start);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return url.substring(start, end);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
