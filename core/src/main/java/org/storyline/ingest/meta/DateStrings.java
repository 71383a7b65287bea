package org.storyline.ingest.meta;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of the date strings found in page metadata, as the publisher printed it (an offset
 * is not converted: {@code 2023-12-27T23:30-05:00} is the 27th). Accepts ISO 8601 (also with a space, without
 * colons in the offset, or {@code 2023/12/27}), RFC 1123 ({@code Wed, 27 Dec 2023 10:00:00 +0100}),
 * day-first numeric dates ({@code 27.12.2023}), English month names ({@code December 27, 2023},
 * {@code 27 Dec 2023}) and epoch seconds or milliseconds. Anything else gives null.
 */
public final class DateStrings {
    private DateStrings() {
    }

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s_,]|\\d{2}:)");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([a-zäéû]{3,10})\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern EPOCH = Pattern.compile("^\\s*(\\d{10}|\\d{13})\\s*$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("januar", 1), Map.entry("janvier", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("februar", 2), Map.entry("février", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("märz", 3), Map.entry("mär", 3), Map.entry("mars", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("avril", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juni", 6), Map.entry("juin", 6),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("juli", 7), Map.entry("juillet", 7),
            Map.entry("aug", 8), Map.entry("august", 8), Map.entry("août", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("septembre", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oktober", 10),
            Map.entry("octobre", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("novembre", 11),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dezember", 12),
            Map.entry("décembre", 12));

    /** The date in {@code value}, or null. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(value);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = EPOCH.matcher(value);
        if (m.find()) {
            long n = Long.parseLong(m.group(1));
            Instant instant = m.group(1).length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return LocalDate.ofInstant(instant, ZoneOffset.UTC);
        }
        m = DAY_FIRST.matcher(value);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = DAY_MONTH_NAME.matcher(value);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(1));
            }
        }
        m = MONTH_NAME_DAY.matcher(value);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(2));
            }
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
