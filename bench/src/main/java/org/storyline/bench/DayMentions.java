package org.storyline.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.dates.DateMention;
import org.storyline.dates.DateMentions;
import org.storyline.model.DatePrecision;

/**
 * The days a sentence of a dated article refers to: full dates ({@link DateMentions}), "April 20" / "20 April"
 * without a year (the latest such day not after the publication date), weekdays ("on Tuesday": the last one
 * before the publication date) and "yesterday". Dates after the publication date are dropped.
 */
final class DayMentions {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b(?!,?\\s*\\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:on|last|since|until|from)\\s+(monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\byesterday\\b");

    private final DateMentions dates = new DateMentions();

    List<LocalDate> find(String sentence, LocalDate published) {
        List<LocalDate> out = new ArrayList<>();
        for (DateMention d : dates.find(sentence)) {
            if (d.kind() == DateMention.Kind.FULL_DATE && d.precision() == DatePrecision.DAY && d.date() != null) {
                out.add(d.date());
            }
        }
        if (published != null) {
            Matcher m = MONTH_DAY.matcher(sentence);
            while (m.find()) {
                add(out, month(m.group(1)), m.group(2), published);
            }
            m = DAY_MONTH.matcher(sentence);
            while (m.find()) {
                add(out, month(m.group(2)), m.group(1), published);
            }
            m = WEEKDAY.matcher(sentence);
            while (m.find()) {
                DayOfWeek w = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                LocalDate d = published.minusDays(1);
                while (d.getDayOfWeek() != w) {
                    d = d.minusDays(1);
                }
                out.add(d);
            }
            if (YESTERDAY.matcher(sentence).find()) {
                out.add(published.minusDays(1));
            }
        }
        out.removeIf(d -> published != null && d.isAfter(published));
        return out.stream().distinct().toList();
    }

    private static void add(List<LocalDate> out, Month month, String day, LocalDate published) {
        if (month == null) {
            return;
        }
        int dd = Integer.parseInt(day);
        for (int y = published.getYear(); y >= published.getYear() - 1; y--) {
            if (dd >= 1 && dd <= month.length(java.time.Year.isLeap(y))) {
                LocalDate d = LocalDate.of(y, month, dd);
                if (!d.isAfter(published)) {
                    out.add(d);
                    return;
                }
            }
        }
    }

    private static Month month(String name) {
        String n = name.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        return null;
    }
}
