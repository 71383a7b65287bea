package org.storyline.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.dates.DateMention;
import org.storyline.dates.DateMentions;
import org.storyline.model.Article;

/**
 * A small rule-based {@link FactSource}: numbers with their qualifier, unit and period; full dates and months
 * with a year ({@link DateMentions}); quoted speech with the speaker named by "X said" / "said X" /
 * "according to X" next to it (or "X said." just before it); capitalized personal names.
 */
public final class RuleFactSource implements FactSource {
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(?<q>\\b(?:nearly|almost|about|around|approximately|roughly|some|more than|over|at least|up to"
                    + "|fewer than|less than|exceeding|under|just over|just under|as many as|close to|upwards of"
                    + "|an estimated)\\s+)?(?<cur>US\\$|\\$|€|£)?\\s?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?<mult>\\s?(?:million|billion|thousand|trillion|%|percent|per cent)\\b|%)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");
    private static final Set<String> SKIPPED_BEFORE_UNIT = Set.of("more", "new", "additional", "illegal", "other",
            "undocumented", "unaccompanied", "u.s.", "us", "american", "mexican", "foreign", "of", "the", "a",
            "record", "registered", "irregular", "total", "estimated", "extra", "legal");
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours", "minute", "minutes", "o'clock", "decade", "decades", "second", "seconds");
    private static final Map<String, String> UNIT_CLASSES = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("person", "person"), Map.entry("migrant", "person"),
            Map.entry("immigrant", "person"), Map.entry("individual", "person"), Map.entry("alien", "person"),
            Map.entry("illegal", "person"), Map.entry("refugee", "person"), Map.entry("resident", "person"),
            Map.entry("asylum", "person"), Map.entry("crossing", "crossing"), Map.entry("apprehension", "crossing"),
            Map.entry("encounter", "crossing"), Map.entry("arrest", "crossing"), Map.entry("child", "child"),
            Map.entry("children", "child"), Map.entry("minor", "child"), Map.entry("death", "death"),
            Map.entry("dead", "death"), Map.entry("killed", "death"), Map.entry("victim", "death"));
    private static final Pattern DAY_RATE = Pattern.compile("(?i)\\b(?:per day|a day|each day|every day|daily|a"
            + " single day|per-day)\\b");
    private static final Pattern WEEK = Pattern.compile("(?i)\\b(?:per week|a week|weekly|in a week|this week|last"
            + " week|(?:over|in) (?:five|six|seven|5|6|7) days)\\b");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:per month|a month|monthly|this month|last month"
            + "|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:per year|a year|annually|this year|last year"
            + "|\\d+ months|in (?:19|20)\\d\\d)\\b");
    private static final Pattern QUOTE = Pattern.compile("“([^”]{8,}?)”|\"([^\"]{8,}?)\"");
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";
    private static final String SAY = "(?:said|says|stated|told reporters|added|wrote|explained|noted)";
    private static final Pattern SPEAKER_BEFORE = Pattern.compile("(" + NAME + ")\\s+" + SAY + "\\s*[,:.]?\\s*$");
    private static final Pattern SPEAKER_AFTER_SAID = Pattern.compile("^\\s*[,.]?\\s*" + SAY + "\\s+(" + NAME + ")");
    private static final Pattern SPEAKER_AFTER_NAME = Pattern.compile("^\\s*[,.]?\\s*(" + NAME + ")\\s+" + SAY + "\\b");
    private static final Pattern ACCORDING = Pattern.compile("^\\s*[,.]?\\s*according to (?:the )?(" + NAME + ")");
    private static final Pattern NAME_RUN = Pattern.compile("\\b\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,3}");
    private static final Set<String> NOT_NAMES = Set.of("president", "secretary", "minister", "mr", "mrs", "ms",
            "dr", "gov", "sen", "senator", "mayor", "director", "spokesman", "spokeswoman", "adviser", "advisor",
            "state", "house", "department", "security", "homeland", "border", "patrol", "national", "white", "guard",
            "foreign", "states", "united", "city", "general", "the", "vice", "chief", "senior", "officials",
            "official", "congress", "republicans", "democrats", "affairs", "council", "ministry", "agency", "union",
            "pacific", "news", "media", "group", "press", "associated", "mexico", "mexican", "american", "texas",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "western", "hemisphere", "southern", "northern", "new", "york", "in", "on", "at", "of", "but", "and",
            "he", "she", "they", "it", "this", "that", "we", "our", "their", "his", "her", "last");

    private final DateMentions dates = new DateMentions();

    @Override
    public List<Fact> facts(Article article, List<ArticleSentence> sentences) {
        String body = article.body();
        List<Fact> out = new ArrayList<>();
        for (ArticleSentence s : sentences) {
            quantities(s, out);
            dates(s, out);
            names(s, out);
        }
        quotes(body, sentences, out);
        out.sort(Comparator.comparingInt(Fact::start).thenComparing(f -> f.kind().ordinal()));
        return out;
    }

    private void quantities(ArticleSentence s, List<Fact> out) {
        String t = s.text();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            int ns = m.start("num");
            if (ns > 0 && (Character.isLetterOrDigit(t.charAt(ns - 1)) || t.charAt(ns - 1) == '-'
                    || t.charAt(ns - 1) == ':' || t.charAt(ns - 1) == '/')) {
                continue; // COVID-19, 2:30, 12/27
            }
            String num = m.group("num");
            int ne = m.end("num");
            if (ne < t.length() && (t.charAt(ne) == ':' || t.charAt(ne) == '/')) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(num.replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            String cur = m.group("cur");
            String mult = m.group("mult") == null ? "" : m.group("mult").strip().toLowerCase(Locale.ROOT);
            if (cur == null && mult.isEmpty() && !num.contains(",") && !num.contains(".") && value >= 1900
                    && value <= 2100) {
                continue; // a year
            }
            if (precededByMonth(t, ns)) {
                continue; // "May 27"
            }
            value *= switch (mult) {
                case "thousand" -> 1e3;
                case "million" -> 1e6;
                case "billion" -> 1e9;
                case "trillion" -> 1e12;
                default -> 1;
            };
            String unit;
            String unitClass;
            if (cur != null) {
                unit = cur.contains("$") ? "usd" : cur.equals("€") ? "eur" : "gbp";
                unitClass = "money:" + unit;
            } else if (mult.equals("%") || mult.equals("percent") || mult.equals("per cent")) {
                unit = "percent";
                unitClass = "percent";
            } else {
                unit = unitAfter(t, m.end());
                if (unit == null || TIME_UNITS.contains(unit)) {
                    continue;
                }
                unitClass = UNIT_CLASSES.getOrDefault(unit, unit);
            }
            int start = m.start("q") >= 0 ? m.start("q") : m.start("cur") >= 0 ? m.start("cur") : ns;
            int end = m.end();
            out.add(new QuantityFact(s, s.start() + start, s.start() + end, t.substring(start, end).strip(), value,
                    Approximation.of(m.group("q")), unit, unitClass, period(t, ns)));
        }
    }

    private static boolean precededByMonth(String t, int at) {
        String before = t.substring(Math.max(0, at - 11), at).toLowerCase(Locale.ROOT).strip();
        return before.matches(".*\\b(january|february|march|april|may|june|july|august|september|october|november"
                + "|december|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)$");
    }

    /** The counted noun after a number, singular and lower case, skipping qualifiers ("10,000 new migrants"). */
    private static String unitAfter(String t, int from) {
        Matcher w = WORD.matcher(t);
        int region = from;
        for (int i = 0; i < 3 && w.find(region); i++) {
            if (!t.substring(region, w.start()).isBlank()) {
                return null; // punctuation between the number and the next word
            }
            String word = w.group().toLowerCase(Locale.ROOT).replaceAll("[.’']+$", "");
            region = w.end();
            if (SKIPPED_BEFORE_UNIT.contains(word)) {
                continue;
            }
            return singular(word);
        }
        return null;
    }

    static String singular(String w) {
        if (w.equals("people") || w.equals("children") || w.endsWith("ss") || w.length() < 4) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** The period cue nearest the number; rate cues ("daily", "per day") win over the sentence's setting. */
    private static Period period(String t, int at) {
        Period best = Period.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (Period p : List.of(Period.DAY, Period.WEEK, Period.MONTH, Period.YEAR)) {
            Pattern pattern = switch (p) {
                case DAY -> DAY_RATE;
                case WEEK -> WEEK;
                case MONTH -> MONTH;
                default -> YEAR;
            };
            Matcher m = pattern.matcher(t);
            while (m.find()) {
                int d = Math.abs(m.start() - at) - (p == Period.DAY ? 60 : 0);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        return best;
    }

    private void dates(ArticleSentence s, List<Fact> out) {
        for (DateMention d : dates.find(s.text())) {
            if (d.date() == null || d.future()) {
                continue;
            }
            if (d.kind() != DateMention.Kind.FULL_DATE && d.kind() != DateMention.Kind.MONTH_YEAR) {
                continue;
            }
            out.add(new DateFact(s, s.start() + d.start(), s.start() + d.end(), d.text(), d.date(), d.precision()));
        }
    }

    private static void names(ArticleSentence s, List<Fact> out) {
        Matcher m = NAME_RUN.matcher(s.text());
        while (m.find()) {
            String[] words = m.group().split("\\s+");
            int n = words.length;
            String given = words[n - 2];
            String surname = words[n - 1];
            if (NOT_NAMES.contains(fold(given)) || NOT_NAMES.contains(fold(surname))) {
                continue;
            }
            int start = m.start() + m.group().lastIndexOf(given);
            out.add(new NameFact(s, s.start() + start, s.start() + m.end(), given + " " + surname, given, surname));
        }
    }

    private static void quotes(String body, List<ArticleSentence> sentences, List<Fact> out) {
        Matcher m = QUOTE.matcher(body);
        String previousSpeaker = null;
        int previousEnd = -1;
        while (m.find()) {
            int qs = m.group(1) != null ? m.start(1) : m.start(2);
            int qe = m.group(1) != null ? m.end(1) : m.end(2);
            String words = body.substring(qs, qe).strip();
            if (words.split("\\s+").length < 4) {
                continue; // a term in quotes, not speech
            }
            ArticleSentence s = sentenceAt(sentences, qs);
            if (s == null) {
                continue;
            }
            int paragraph = Math.max(body.lastIndexOf('\n', m.start()), 0);
            String before = body.substring(Math.max(paragraph, m.start() - 160), m.start());
            String after = body.substring(m.end(), Math.min(body.length(), m.end() + 80));
            String speaker = speaker(before, after);
            if (speaker == null && previousSpeaker != null && body.substring(previousEnd, m.start()).isBlank()) {
                speaker = previousSpeaker; // a quote continued in the next paragraph or sentence
            }
            out.add(new QuoteFact(s, qs, qe, words, speaker));
            previousSpeaker = speaker;
            previousEnd = m.end();
        }
    }

    private static String speaker(String before, String after) {
        Matcher b = SPEAKER_BEFORE.matcher(before);
        if (b.find()) {
            return person(b.group(1));
        }
        for (Pattern p : List.of(SPEAKER_AFTER_SAID, SPEAKER_AFTER_NAME, ACCORDING)) {
            Matcher a = p.matcher(after);
            if (a.find()) {
                String name = person(a.group(1));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The last one or two words of a capitalized run that are not titles ("… spokesman John Kirby" → "John Kirby"). */
    static String person(String run) {
        String[] words = run.strip().split("\\s+");
        List<String> kept = new ArrayList<>();
        for (int i = words.length - 1; i >= 0 && kept.size() < 2; i--) {
            String w = words[i].replaceAll("[.,]+$", "");
            if (NOT_NAMES.contains(fold(w))) {
                break;
            }
            kept.add(0, w);
        }
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    private static ArticleSentence sentenceAt(List<ArticleSentence> sentences, int offset) {
        for (ArticleSentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** Lower case without diacritics ("López" → "lopez"). */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
