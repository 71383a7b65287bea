package org.storyline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.text.Sentences;

/**
 * Quotes and their speakers by rule. Direct quotes are text between double quotation marks (curly or straight;
 * an unclosed quote ends at the next opening mark or blank line), with the marks. The speaker is found by cue:
 * {@code ," X said}, {@code ," said X}, {@code X said: "…"}, {@code according to X}; else a quote continues the
 * previous speaker's when it follows it closely; else the nearest person of the sentence outside quotes.
 * Indirect quotes are whole-sentence reports: {@code X said (that) …}, {@code …, X said.}, {@code …, according
 * to X.}. A speaker that is a pronoun ("he", "she") refers to the last person mentioned before it, preferring one
 * that opens a sentence. Speaker order: a cue after the quote (unless the quote ends its sentence), a cue before it
 * ({@code X said, "…"}, {@code Said X: "…"}), the subject of the sentence the quote sits in, a cue ending the
 * previous sentence ({@code …, X said. "…"}), the previous quote's speaker when close, the nearest person. Quoted
 * titles (mostly capitalised words, no sentence punctuation) are not quotes.
 * Stateless.
 */
final class QuoteFinder {
    private static final String VERBS = "said|says|say|told|tells|added|adds|stated|states|explained|noted|notes|argued"
            + "|argues|declared|announced|wrote|writes|insisted|insists|warned|warns|claimed|claims|continued"
            + "|replied|responded|recalled|acknowledged|admitted|suggested|suggests|asserted|asked|asks|maintained"
            + "|contended|emphasized|stressed|predicted|conceded|confirmed|reported|testified|tweeted|posted";
    /** Verbs that introduce a direct quote next to it (the speech verbs and more manner-of-speaking verbs). */
    private static final String DIRECT_VERBS = VERBS + "|concluded|concludes|answered|answers|joked|jokes|vowed|vows"
            + "|exclaimed|confessed|observed|observes|quipped|quips|remarked|shouted|yelled|cried|urged|urges"
            + "|complained|boasted|promised|pledged|countered|counters|retorted|agreed|reiterated|cautioned"
            + "|wondered|scoffed|lamented|demanded|charged|proclaimed|texted|emailed|echoed|began|begins|went\\s+on"
            + "|pointed\\s+out|points\\s+out|shot\\s+back|fired\\s+back|chimed\\s+in|put\\s+it";
    private static final String ADVERBS = "(?:(?:also|then|later|again|previously|earlier|recently|once|had|has|have"
            + "|would|will|[a-z]+ly)\\s+){0,2}";
    /**
     * A speaker phrase: 1 to 8 words without sentence punctuation. It never starts inside a run of letters and
     * digits: a match starting there would also match one character earlier, so this changes no leftmost match
     * and spares the matcher most start positions.
     */
    private static final String PHRASE = "(?<![\\p{L}\\p{M}\\p{N}])((?:[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}.'’&-]*\\s+){0,7}[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}.'’&-]*)";
    private static final Pattern AFTER_SPEAKER_VERB = Pattern.compile(
            "^[\\s,]*" + PHRASE + "(?:,\\s+\\d{1,3},)?\\s+" + ADVERBS + "(?:" + DIRECT_VERBS + ")\\b");
    private static final Pattern AFTER_VERB_SPEAKER = Pattern.compile(
            "^[\\s,]*(?:" + DIRECT_VERBS + ")\\s+" + PHRASE + "(?=\\s*(?:[,.;:!?]|$|\\s+(?:in|on|at|during|who|when|after|before|to)\\b))");
    private static final Pattern AFTER_ACCORDING = Pattern.compile("^[\\s,]*according\\s+to\\s+" + PHRASE);
    private static final Pattern BEFORE_SPEAKER_VERB = Pattern.compile(
            PHRASE + "\\s+" + ADVERBS + "(?:" + DIRECT_VERBS + ")(?:\\s+[\\p{L}\\p{N}’'-]+){0,6}?\\s*[,:]?\\s*$");
    private static final Pattern PREVIOUS_CUE = Pattern.compile(
            PHRASE + "\\s+" + ADVERBS + "(?:" + DIRECT_VERBS + ")\\s*[.:]\\s*$");
    /** An inverted cue before a quote: {@code Said X, "…"}, {@code Continued X: "…"}. */
    private static final Pattern BEFORE_VERB_SPEAKER = Pattern.compile(
            "^\\s*(?i:" + DIRECT_VERBS + ")\\s+" + PHRASE + "\\s*(?:,[^,]{1,80})?[,:]\\s*$");
    private static final Pattern BEFORE_ACCORDING = Pattern.compile("(?i:according)\\s+to\\s+" + PHRASE + "\\s*,\\s*$");
    private static final Pattern INDIRECT_LEAD = Pattern.compile(
            "^" + PHRASE + "\\s+" + ADVERBS + "(?:" + VERBS + ")(?:\\s+(?:reporters|journalists|lawmakers|him|her|them|us|me|[A-Z][\\p{L}]+))?"
                    + "(?:\\s+(?:on|late|early)\\s+[A-Z][a-z]+)?(?:\\s+that)?\\s+(.{12,})$");
    private static final Pattern INDIRECT_TAIL = Pattern.compile(
            "^(.{12,}?),\\s+" + PHRASE + "\\s+" + ADVERBS + "(?:" + VERBS + ")(?:\\s+[\\p{L}]+){0,3}\\s*[.!?]?$");
    private static final Pattern INDIRECT_TAIL_INVERTED = Pattern.compile(
            "^(.{12,}?),\\s+(?:" + VERBS + ")\\s+" + PHRASE + "\\s*[.!?]?$");
    private static final Pattern INDIRECT_ACCORDING = Pattern.compile(
            "^(.{12,}?),\\s+according\\s+to\\s+" + PHRASE + "\\s*[.!?]?$");
    private static final Pattern ACCORDING_LEAD = Pattern.compile("^According\\s+to\\s+" + PHRASE + ",\\s+(.{12,})$");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile(
            "^(?:(?:and|but|while|as|so|then|when|where|because|since)\\s+)+");
    private static final Pattern INITIAL_AT_END = Pattern.compile(".*\\b\\p{Lu}\\.$");
    private static final Pattern COORDINATED = Pattern.compile("\\s(?:and|but)$");
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?:^|(?<=[\\s,;(]))(he|she|they|He|She|They|I|We)(?=\\s)");
    private static final Set<String> CUES = cues();
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> NOT_SPEAKERS = Set.of("and", "but", "or", "it", "this", "that", "which", "as",
            "what", "there", "so", "when", "then", "who");

    /** The first word of every direct-quote verb, and "according": every cue before a quote contains one. */
    private static final Set<String> DIRECT_CUES = directCues();

    private static Set<String> cues() {
        Set<String> s = new java.util.HashSet<>(List.of(VERBS.split("\\|")));
        s.add("according");
        s.add("According");
        return Set.copyOf(s);
    }

    private static Set<String> directCues() {
        Set<String> s = new java.util.HashSet<>();
        for (String verb : DIRECT_VERBS.split("\\|")) {
            s.add(verb.split("\\\\s\\+")[0]);
        }
        s.add("according");
        return Set.copyOf(s);
    }

    /** A quote before its speaker's referent is resolved. */
    private record Found(int start, int end, boolean direct, int speakerStart, int speakerEnd) {}

    List<Quote> find(String text, List<EntityMention> entities) {
        List<int[]> quoted = directSpans(text);
        List<Found> found = new ArrayList<>();
        Found previous = null;
        for (int[] q : quoted) {
            int sentStart = sentenceStart(text, q[0]);
            int sentEnd = sentenceEnd(text, q[1]);
            // a quote that ends its sentence ('.”') is not followed by its cue: the next sentence is someone else's
            int[] speaker = endsSentence(text, q) ? null : afterCue(text, q[1], sentEnd);
            if (speaker == null) {
                speaker = beforeCue(text, sentStart, q[0]);
            }
            if (speaker == null) {
                speaker = subject(text, entities, quoted, sentStart, q[0]);
            }
            if (speaker == null) {
                speaker = previousSentenceCue(text, sentStart, q[0]);
            }
            if (speaker == null && previous != null && previous.speakerStart() >= 0
                    && q[0] - previous.end() < 400 && !text.substring(previous.end(), q[0]).contains("\n\n\n")) {
                speaker = new int[] {previous.speakerStart(), previous.speakerEnd()};
            }
            if (speaker == null) {
                EntityMention p = nearestPerson(entities, quoted, sentStart, sentEnd, q);
                if (p != null) {
                    speaker = new int[] {p.start(), p.end()};
                }
            }
            Found f = new Found(q[0], q[1], true, speaker == null ? -1 : speaker[0], speaker == null ? -1 : speaker[1]);
            found.add(f);
            previous = f;
        }
        indirect(text, quoted, found);
        found.sort(Comparator.comparingInt(Found::start));
        List<Quote> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String speaker = f.speakerStart() < 0 ? null : text.substring(f.speakerStart(), f.speakerEnd());
            int referent = f.speakerStart() < 0 ? -1 : referent(text, entities, quoted, f.speakerStart(), f.speakerEnd());
            out.add(new Quote(f.start(), f.end(), text.substring(f.start(), f.end()), f.direct(), speaker,
                    f.speakerStart(), f.speakerEnd(), referent, null));
        }
        return out;
    }

    /** Spans of text within double quotation marks, marks included. */
    static List<int[]> directSpans(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“' || c == '"' || c == '„') {
                    open = i;
                    opener = c;
                }
                continue;
            }
            boolean closes = opener == '"' ? c == '"' : c == '”' || c == '"';
            if (closes) {
                add(out, text, open, i + 1);
                open = -1;
            } else if (c == '“' && opener != '"') {
                add(out, text, open, trimEnd(text, open, i));
                open = i;
            } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n' || i - open > 3000) {
                add(out, text, open, trimEnd(text, open, i));
                open = -1;
            }
        }
        if (open >= 0) {
            add(out, text, open, trimEnd(text, open, n));
        }
        return out;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from + 1 && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Keeps quotes of at least three words: shorter ones are scare quotes or titles. */
    private static void add(List<int[]> out, String text, int start, int end) {
        if (words(text.substring(start, end).trim()) >= 3 && !isTitle(text, start, end)) {
            out.add(new int[] {start, end});
        }
    }

    /**
     * True for a quoted title rather than speech: most words of four letters or more capitalised ("Sustained
     * Efforts to Manage Migration Flows") and no sentence punctuation inside.
     */
    static boolean isTitle(String text, int start, int end) {
        int longWords = 0;
        int capitalised = 0;
        int i = start + 1;
        int stop = end - 1;
        while (i < stop) {
            char c = text.charAt(i);
            if (c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '.' && i + 1 < stop) {
                return false;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < stop && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '’')) {
                j++;
            }
            if (j - i >= 4) {
                longWords++;
                if (Character.isUpperCase(c)) {
                    capitalised++;
                }
            }
            i = j;
        }
        return longWords >= 3 && capitalised * 5 >= longWords * 4;
    }

    /** The length of {@code trimmed.split("\\s+")} for a trimmed string: one more than its whitespace runs. */
    private static int words(String trimmed) {
        int n = 1;
        boolean inSpace = false;
        for (int k = 0; k < trimmed.length(); k++) {
            char c = trimmed.charAt(k);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !inSpace) {
                n++;
            }
            inSpace = space;
        }
        return n;
    }

    private static int[] afterCue(String text, int from, int sentEnd) {
        int to = Math.min(text.length(), Math.max(sentEnd, from) + 1);
        to = Math.min(to, from + 160);
        String after = text.substring(from, to);
        int nl = after.indexOf('\n');
        if (nl >= 0) {
            after = after.substring(0, nl);
        }
        int stop = firstMark(after);
        if (stop >= 0) {
            after = after.substring(0, stop);
        }
        for (Pattern p : List.of(AFTER_VERB_SPEAKER, AFTER_ACCORDING, AFTER_SPEAKER_VERB)) {
            Matcher m = p.matcher(after);
            if (m.find() && plausibleSpeaker(m.group(1))) {
                return trimSpeaker(text, from + m.start(1), from + m.end(1));
            }
        }
        return null;
    }

    private static int[] beforeCue(String text, int sentStart, int quoteStart) {
        int from = Math.max(sentStart, quoteStart - 200);
        String before = text.substring(from, quoteStart);
        int lastMark = lastMark(before);
        if (lastMark >= 0) {
            before = before.substring(lastMark + 1);
            from += lastMark + 1;
        }
        if (!hasWord(before, DIRECT_CUES, true)) {
            return null; // the cue patterns below are costly and all need one of these words
        }
        for (Pattern p : List.of(BEFORE_ACCORDING, BEFORE_VERB_SPEAKER, BEFORE_SPEAKER_VERB)) {
            Matcher m = p.matcher(before);
            int at = 0;
            while (at < before.length() && m.find(at)) {
                int[] sp = trimSpeaker(text, from + m.start(1), from + m.end(1));
                if (COORDINATED.matcher(m.group(1)).find()) {
                    return null; // "X was optimistic … and said “…”": the sentence subject speaks
                }
                if (sp[1] > sp[0] && plausibleSpeaker(text.substring(sp[0], sp[1]))) {
                    return sp;
                }
                at = nextWord(before, m.start(1)); // "and Breitbart News responded:" → try "Breitbart News"
            }
        }
        return null;
    }

    /**
     * The speaker of a quote that opens its sentence right after a sentence ending in a cue: {@code …, López
     * Obrador said. “…”}, {@code X added:} (so the quote does not inherit an earlier quote's speaker).
     */
    private static int[] previousSentenceCue(String text, int sentStart, int quoteStart) {
        if (!text.substring(sentStart, quoteStart).isBlank() || sentStart == 0) {
            return null;
        }
        int from = Math.max(0, sentStart - 200);
        String before = text.substring(from, sentStart);
        int cut = Math.max(lastMark(before.substring(0, Math.max(0, before.length() - 2))),
                before.substring(0, Math.max(0, before.length() - 2)).lastIndexOf('\n'));
        if (cut >= 0) {
            before = before.substring(cut + 1);
            from += cut + 1;
        }
        if (!hasWord(before, DIRECT_CUES, false)) {
            return null;
        }
        Matcher m = PREVIOUS_CUE.matcher(before);
        int at = 0;
        while (at < before.length() && m.find(at)) {
            int[] sp = trimSpeaker(text, from + m.start(1), from + m.end(1));
            if (sp[1] > sp[0] && plausibleSpeaker(text.substring(sp[0], sp[1]))) {
                return sp;
            }
            at = nextWord(before, m.start(1));
        }
        return null;
    }

    private static boolean opensSentence(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n”\"".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean endsSentence(String text, int[] q) {
        int i = q[1] - 1;
        while (i > q[0] && "\"”’' ".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return text.charAt(i) == '.' && q[1] - 1 > i;
    }

    private static int nextWord(String s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i == from ? s.length() : i;
    }

    /** Whole-sentence reported speech, outside direct quotes. */
    private static void indirect(String text, List<int[]> quoted, List<Found> found) {
        for (Sentences.Sentence s : Sentences.split(text)) {
            if (overlapsAny(quoted, s.start(), s.end()) || s.text().indexOf('\n') >= 0 && s.text().indexOf("\n\n") >= 0) {
                continue;
            }
            String t = s.text();
            if (!hasCue(t)) {
                continue; // every indirect pattern needs a speech verb or "according" as a whole word
            }
            Matcher m;
            if ((m = INDIRECT_TAIL.matcher(t)).find() && plausibleSpeaker(m.group(2))) {
                addIndirect(text, found, s.start(), m.start(1), m.end(1), m.start(2), m.end(2));
            } else if ((m = INDIRECT_TAIL_INVERTED.matcher(t)).find() && plausibleSpeaker(m.group(2))) {
                addIndirect(text, found, s.start(), m.start(1), m.end(1), m.start(2), m.end(2));
            } else if ((m = INDIRECT_ACCORDING.matcher(t)).find() && plausibleSpeaker(m.group(2))) {
                addIndirect(text, found, s.start(), m.start(1), m.end(1), m.start(2), m.end(2));
            } else if ((m = ACCORDING_LEAD.matcher(t)).find() && plausibleSpeaker(m.group(1))) {
                addIndirect(text, found, s.start(), m.start(2), trimPeriod(t, m.end(2)), m.start(1), m.end(1));
            } else if ((m = INDIRECT_LEAD.matcher(t)).find() && plausibleSpeaker(m.group(1))
                    && m.group(1).split("\\s+").length <= 6) {
                addIndirect(text, found, s.start(), m.start(2), trimPeriod(t, m.end(2)), m.start(1), m.end(1));
            }
        }
    }

    /** True when a maximal run of letters of {@code t} is a speech verb or "according"/"According". */
    static boolean hasCue(String t) {
        return hasWord(t, CUES, false);
    }

    /** True when a maximal run of letters of {@code t} (lower-cased first, with {@code fold}) is in {@code words}. */
    private static boolean hasWord(String t, Set<String> words, boolean fold) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetter(t.charAt(j))) {
                j++;
            }
            if (j - i >= 3 && j - i <= 12) {
                String w = t.substring(i, j);
                if (words.contains(fold ? w.toLowerCase(Locale.ROOT) : w)) {
                    return true;
                }
            }
            i = j;
        }
        return false;
    }

    private static int trimPeriod(String t, int end) {
        while (end > 0 && ".!? ".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static void addIndirect(String text, List<Found> found, int base, int cs, int ce, int ss, int se) {
        int[] sp = trimSpeaker(text, base + ss, base + se);
        found.add(new Found(base + cs, base + ce, false, sp[0], sp[1]));
    }

    private static boolean plausibleSpeaker(String phrase) {
        String first = phrase.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return !NOT_SPEAKERS.contains(first) && !phrase.isBlank();
    }

    /** Drops a leading conjunction or trailing adverb from a speaker phrase. */
    private static int[] trimSpeaker(String text, int s, int e) {
        String p = text.substring(s, e);
        Matcher lead = LEADING_CONJUNCTION.matcher(p);
        if (lead.find()) {
            s += lead.end();
        }
        while (e > s && ".,;: ".indexOf(text.charAt(e - 1)) >= 0 && !INITIAL_AT_END.matcher(text.substring(s, e)).matches()) {
            e--;
        }
        return new int[] {s, e};
    }

    /** The person mention a speaker phrase stands for, as its start offset; -1 when none. */
    private static int referent(String text, List<EntityMention> entities, List<int[]> quoted, int s, int e) {
        EntityMention inside = null;
        for (EntityMention m : entities) {
            if (m.start() >= s && m.end() <= e && (m.type() == EntityType.PER
                    || inside == null && m.type() != EntityType.MISC)) {
                if (inside == null || m.type() == EntityType.PER) {
                    inside = m;
                }
            }
        }
        if (inside != null) {
            return inside.start();
        }
        String phrase = text.substring(s, e).toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(phrase)) {
            // the last person named before it, preferring one that opens a sentence (a subject) close by:
            // "Clinton tweeted her thanks to Obama. She called …" → Clinton
            EntityMention last = null;
            EntityMention lastSubject = null;
            for (EntityMention m : entities) {
                if (m.end() <= s && m.type() == EntityType.PER && !overlapsAny(quoted, m.start(), m.end())) {
                    last = m;
                    if (opensSentence(text, m.start())) {
                        lastSubject = m;
                    }
                }
            }
            if (lastSubject != null && s - lastSubject.end() <= 300) {
                return lastSubject.start();
            }
            return last == null ? -1 : last.start();
        }
        return -1;
    }

    /**
     * The subject of the sentence a quote sits in, when the quote is inside the sentence ("Cox says the NRA won't
     * allow “…”", "She called his actions “…”"): the first person mention or subject pronoun of the sentence before
     * the quote, or an organisation that opens the sentence; null when the quote opens its sentence.
     */
    private static int[] subject(String text, List<EntityMention> entities, List<int[]> quoted, int sentStart,
            int quoteStart) {
        int from = sentStart;
        while (from < quoteStart && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (quoteStart - from < 8 || overlapsAny(quoted, from, quoteStart)) {
            return null;
        }
        int pronounAt = -1;
        int pronounEnd = -1;
        Matcher pm = SUBJECT_PRONOUN.matcher(text).region(from, quoteStart);
        if (pm.find()) {
            pronounAt = pm.start(1);
            pronounEnd = pm.end(1);
        }
        EntityMention first = null;
        for (EntityMention m : entities) {
            if (m.start() >= from && m.end() <= quoteStart && (first == null || m.start() < first.start())
                    && (m.type() == EntityType.PER || m.type() == EntityType.ORG && m.start() - from <= 4)) {
                first = m;
            }
        }
        if (first != null && (pronounAt < 0 || first.start() < pronounAt)) {
            return new int[] {first.start(), first.end()};
        }
        return pronounAt >= 0 ? new int[] {pronounAt, pronounEnd} : null;
    }

    private static EntityMention nearestPerson(List<EntityMention> entities, List<int[]> quoted, int sentStart,
            int sentEnd, int[] q) {
        EntityMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (EntityMention m : entities) {
            if (m.type() != EntityType.PER || m.start() < sentStart || m.end() > sentEnd
                    || overlapsAny(quoted, m.start(), m.end())) {
                continue;
            }
            int d = m.end() <= q[0] ? q[0] - m.end() : m.start() - q[1];
            if (d >= 0 && d < bestDist) {
                bestDist = d;
                best = m;
            }
        }
        return best;
    }

    private static boolean overlapsAny(List<int[]> spans, int s, int e) {
        for (int[] q : spans) {
            if (s < q[1] && q[0] < e) {
                return true;
            }
        }
        return false;
    }

    private static int firstMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '"' || c == '”') {
                return i;
            }
        }
        return -1;
    }

    private static int lastMark(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '“' || c == '"' || c == '”' || c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' '
                    && i > 1 && Character.isLowerCase(s.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && i > 1 && Character.isLowerCase(text.charAt(i - 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int pos) {
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                return i;
            }
        }
        return text.length();
    }
}
