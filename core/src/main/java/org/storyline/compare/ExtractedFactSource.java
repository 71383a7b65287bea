package org.storyline.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.extract.ArticleFacts;
import org.storyline.extract.CanonicalEntity;
import org.storyline.extract.EntityMention;
import org.storyline.extract.EntityResolver;
import org.storyline.extract.EntityType;
import org.storyline.extract.FactExtractor;
import org.storyline.extract.FactMode;
import org.storyline.extract.Quantity;
import org.storyline.extract.Quote;
import org.storyline.extract.Timex;
import org.storyline.extract.TimexType;
import org.storyline.model.Article;
import org.storyline.model.DatePrecision;
import org.storyline.text.Folding;

/**
 * The comparison's facts taken from the fact extractor ({@link org.storyline.extract}): its quantities (value,
 * unit, approximation), its dates (written-out timexes compared by their normalized value, at day or month
 * precision; "Wednesday" or "yesterday" depend on the article's own date and are left out), its direct quotes
 * attributed to the resolved speaker (an unresolved speaker that is not written as a name, "an official", counts
 * as unnamed), and its person mentions with their canonical entity (so
 * "Anthony Blinken" and "Antony Blinken" are one person written two ways). Spans are moved from the article's
 * original text into its cleaned text; a fact in removed boilerplate or outside the given sentences is left out.
 *
 * <p>What the comparison adds to the extractor's quantities: the class of what is counted (people, migrants and
 * immigrants are all people) and the period a count refers to, from its rate ("per day") or, failing that, from
 * the sentence ("daily", "in a week").
 */
public final class ExtractedFactSource implements FactSource {
    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
    private static final int MIN_QUOTE_WORDS = 4;
    private static final Pattern QUOTE_MARKS = Pattern.compile("^[\\s“”\"‘’«»]+|[\\s“”\"‘’«»]+$");
    /** A speaker written as a name: capitalised words, not "A senior official" or "The spokesman". */
    private static final Pattern NAMED = Pattern.compile("(?!(?:A|An|The)\\b)\\p{Lu}[\\p{L}'’.-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*");
    private static final Pattern EXPLICIT_DATE = Pattern.compile("(?i)\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
            + "|oct|nov|dec)[a-z]*\\b\\.?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");
    /** Words between a number and what it counts ("10,000 new migrants"). */
    private static final Set<String> SKIPPED_BEFORE_UNIT = Set.of("more", "new", "additional", "illegal", "other",
            "undocumented", "unaccompanied", "american", "mexican", "foreign", "record", "registered", "irregular",
            "total", "estimated", "extra", "legal");
    private static final Set<String> TIME_UNITS = Set.of("day", "week", "month", "year", "hour", "minute",
            "o'clock", "decade", "second", "am", "pm", "a.m", "p.m");
    private static final Map<String, String> UNIT_CLASSES = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("person", "person"), Map.entry("migrant", "person"),
            Map.entry("immigrant", "person"), Map.entry("individual", "person"), Map.entry("alien", "person"),
            Map.entry("refugee", "person"), Map.entry("resident", "person"), Map.entry("asylum", "person"),
            Map.entry("crossing", "crossing"), Map.entry("apprehension", "crossing"),
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
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "president", "secretary", "minister",
            "gov", "sen", "senator", "mayor", "director", "spokesman", "spokeswoman", "general", "gen", "rep",
            "judge", "prime", "king", "queen", "pope", "chief");

    private final Map<String, ArticleFacts> byArticle = new HashMap<>();
    private final Map<String, CanonicalEntity> entities = new HashMap<>();

    /** Facts with their entity ids resolved ({@link EntityResolver#resolve}), for any number of articles. */
    public ExtractedFactSource(EntityResolver.Resolution resolution) {
        resolution.facts().forEach(f -> byArticle.put(f.id(), f));
        resolution.entities().forEach(e -> entities.put(e.id(), e));
    }

    /** Extracts and resolves the facts of {@code articles} in {@code mode} (one thread). */
    public static ExtractedFactSource of(List<Article> articles, FactMode mode) {
        List<ArticleFacts> facts = new ArrayList<>(articles.size());
        try (FactExtractor x = new FactExtractor(mode)) {
            articles.stream().sorted(Comparator.comparing(Article::id)).forEach(a -> facts.add(x.extract(a)));
        }
        return new ExtractedFactSource(new EntityResolver().resolve(facts));
    }

    @Override
    public List<Fact> facts(Article article, List<ArticleSentence> sentences) {
        ArticleFacts f = byArticle.get(article.id());
        if (f == null || sentences.isEmpty()) {
            return List.of();
        }
        Spans spans = new Spans(article, sentences);
        List<Fact> out = new ArrayList<>();
        for (Quantity q : f.quantities()) {
            ArticleSentence s = spans.sentence(q.start(), q.end());
            if (s != null) {
                quantity(q, s, spans.clean(q.start()), spans.cleanEnd(q.end()), article.body(), out);
            }
        }
        for (Timex t : f.timexes()) {
            ArticleSentence s = spans.sentence(t.start(), t.end());
            if (s != null && t.type() == TimexType.DATE && t.value() != null
                    && EXPLICIT_DATE.matcher(t.text()).find()) { // "Wednesday", "yesterday": relative, left out
                date(t, s, spans.clean(t.start()), spans.cleanEnd(t.end()), article.body(), out);
            }
        }
        for (Quote q : f.quotes()) {
            ArticleSentence s = spans.sentence(q.start(), q.end(), false);
            if (s == null || !q.direct() || q.text().strip().split("\\s+").length < MIN_QUOTE_WORDS) {
                continue; // indirect speech and terms in quotes are not compared as quotes
            }
            int start = spans.clean(q.start());
            int end = spans.cleanEnd(q.end());
            String words = QUOTE_MARKS.matcher(article.body().substring(start, end)).replaceAll("").strip();
            out.add(new QuoteFact(s, start, end, words, speaker(q), q.entity()));
        }
        for (EntityMention m : f.entities()) {
            ArticleSentence s = spans.sentence(m.start(), m.end());
            if (s != null && m.type() == EntityType.PER) {
                name(m, s, spans.clean(m.start()), spans.cleanEnd(m.end()), article.body(), out);
            }
        }
        out.sort(Comparator.comparingInt(Fact::start).thenComparing(x -> x.kind().ordinal())
                .thenComparingInt(Fact::end));
        return out;
    }

    private static void quantity(Quantity q, ArticleSentence s, int start, int end, String body, List<Fact> out) {
        if (q.unit() == null || isVague(q.approx())) {
            return;
        }
        String unit = q.unit();
        String rate = null;
        int per = unit.indexOf(" per ");
        if (per >= 0) {
            rate = unit.substring(per + 5).strip();
            unit = unit.substring(0, per).strip();
        }
        String unitName;
        String unitClass;
        if (unit.equals("%")) {
            unitName = "percent";
            unitClass = "percent";
        } else if (unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT))) {
            unitName = unit.toLowerCase(Locale.ROOT); // a currency code: "USD"
            unitClass = "money:" + unitName;
        } else {
            if (capitalised(body, start, end, unit)) {
                return; // "two Texas towns": a name, not what is counted
            }
            unitName = singular(unit.toLowerCase(Locale.ROOT));
            if (SKIPPED_BEFORE_UNIT.contains(unitName)) {
                Matcher next = wordAfter(body, end);
                if (next == null) {
                    return;
                }
                unitName = singular(next.group().toLowerCase(Locale.ROOT).replaceAll("[.’']+$", ""));
                end = next.end();
            }
            if (TIME_UNITS.contains(unitName)) {
                return; // a duration or a time, not a count
            }
            unitClass = UNIT_CLASSES.getOrDefault(unitName, unitName);
        }
        Period period = rate != null ? rateOf(rate) : period(s.text(), start - s.start());
        out.add(new QuantityFact(s, start, end, body.substring(start, end).strip(), q.value(),
                Approximation.of(q.approx()), unitName, unitClass, period));
    }

    private static boolean capitalised(String body, int start, int end, String unit) {
        String mention = body.substring(start, end);
        int at = mention.toLowerCase(Locale.ROOT).lastIndexOf(unit.toLowerCase(Locale.ROOT));
        return at >= 0 && Character.isUpperCase(mention.charAt(at));
    }

    private static boolean isVague(String approx) {
        return approx != null && Set.of("dozens", "hundreds", "thousands", "millions").contains(approx);
    }

    private static Period rateOf(String rate) {
        return switch (rate) {
            case "day" -> Period.DAY;
            case "week" -> Period.WEEK;
            case "month" -> Period.MONTH;
            case "year" -> Period.YEAR;
            default -> Period.NONE;
        };
    }

    /** The word right after {@code from} (spaces only between), or null. */
    private static Matcher wordAfter(String body, int from) {
        Matcher w = WORD.matcher(body);
        if (!w.find(from) || !body.substring(from, w.start()).isBlank()) {
            return null;
        }
        return w;
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

    private static void date(Timex t, ArticleSentence s, int start, int end, String body, List<Fact> out) {
        String v = t.value();
        LocalDate date;
        DatePrecision precision;
        try {
            if (DAY_VALUE.matcher(v).matches()) {
                date = LocalDate.parse(v);
                precision = DatePrecision.DAY;
            } else if (MONTH_VALUE.matcher(v).matches()) {
                date = LocalDate.parse(v + "-01");
                precision = DatePrecision.MONTH;
            } else {
                return; // years, weeks, seasons, references: too coarse to compare
            }
        } catch (java.time.format.DateTimeParseException e) {
            return;
        }
        out.add(new DateFact(s, start, end, body.substring(start, end).strip(), date, precision));
    }

    /** The resolved speaker's canonical name, else the speaker as written, null when unnamed. */
    private String speaker(Quote q) {
        CanonicalEntity e = q.entity() == null ? null : entities.get(q.entity());
        if (e != null) {
            return e.name(); // an organization quoted by name ("the White House")
        }
        String written = q.speaker() == null ? "" : q.speaker().strip();
        return NAMED.matcher(written).matches() ? written : null; // "an official" is an unnamed source
    }

    private static void name(EntityMention m, ArticleSentence s, int start, int end, String body, List<Fact> out) {
        String written = body.substring(start, end);
        List<String> words = new ArrayList<>();
        for (String w : written.strip().split("\\s+")) {
            String bare = w.replaceAll("[.,]+$", "");
            if (!bare.isEmpty() && !(words.isEmpty() && TITLES.contains(Folding.fold(bare)))) {
                words.add(bare);
            }
        }
        if (words.size() < 2) {
            return; // a surname alone is not a spelling of the full name
        }
        String given = words.get(words.size() - 2);
        String surname = words.get(words.size() - 1);
        int at = start + written.lastIndexOf(given);
        out.add(new NameFact(s, at, end, given + " " + surname, given, surname, m.entity()));
    }

    /** Original-text spans of one article moved into its cleaned text and into its sentences. */
    private static final class Spans {
        private final Article article;
        private final List<ArticleSentence> sentences;
        private final boolean mapped;

        Spans(Article article, List<ArticleSentence> sentences) {
            this.article = article;
            this.sentences = sentences;
            this.mapped = article.text() != null && article.offsets() != null;
        }

        int clean(int original) {
            return mapped ? article.offsets().toClean(original) : original;
        }

        int cleanEnd(int originalEnd) {
            if (!mapped) {
                return originalEnd;
            }
            int last = article.offsets().toClean(originalEnd - 1);
            return last < 0 ? -1 : last + 1;
        }

        /** The sentence holding the whole span, or null (cut out, across sentences, or beyond the sentences read). */
        ArticleSentence sentence(int originalStart, int originalEnd) {
            return sentence(originalStart, originalEnd, true);
        }

        /** The sentence holding the span, or with {@code whole} false its start (a quote of several sentences). */
        ArticleSentence sentence(int originalStart, int originalEnd, boolean whole) {
            if (originalEnd <= originalStart) {
                return null;
            }
            int s = clean(originalStart);
            int e = cleanEnd(originalEnd);
            if (s < 0 || e < s || e > article.body().length()) {
                return null;
            }
            for (ArticleSentence x : sentences) {
                if (s >= x.start() && s < x.end() && (!whole || e <= x.end())) {
                    return x;
                }
            }
            return null;
        }
    }
}
