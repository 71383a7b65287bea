package org.storyline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FAST named-entity rules: capitalised word sequences (with "of", "de", "van"… inside), typed by gazetteers
 * (places, nationalities), organization words ("Inc.", "Ministry", "University", "White House"), titles
 * ("Secretary", "Mr.": what follows is a person, what precedes is a role), given names, and finally by what the
 * same name was typed as elsewhere in the article. Lines in capitals (headlines) only yield gazetteer names.
 * Stateless apart from the immutable gazetteer; linear in the text.
 */
final class RuleEntities {
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "la", "da", "van", "von", "der", "bin",
            "al", "y", "&", "du", "le", "di", "dos", "das");
    private static final Set<String> DOTTED = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen",
            "Col", "Lt", "Capt", "Sgt", "Adm", "Rev", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Dept");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SAID_AFTER = Pattern.compile("^\\s*(?:said|says|told|added|stated)\\b");
    /** Words after which an unknown name is a place ("in Bonn", "near Arbil"). */
    private static final Set<String> IN_PLACE = Set.of("in", "near", "outside", "across", "throughout", "into");
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?:said|says|told|added)\\s*$");

    private final Gazetteer gaz;

    RuleEntities(Gazetteer gaz) {
        this.gaz = gaz;
    }

    /** A word of the text. */
    private record Tok(int start, int end, String text, boolean afterBreak) {
        boolean cap() {
            return Character.isUpperCase(text.charAt(0)) || Character.isTitleCase(text.charAt(0));
        }

        boolean allCaps() {
            if (text.length() <= 1) {
                return false;
            }
            // ASCII fast path, the same answer as the case-mapping comparison below
            boolean upper = false;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                if (c >= 0x80) {
                    return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
                }
                upper |= c >= 'A' && c <= 'Z';
            }
            return upper;
        }

        String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
    }

    /** A typed span before offsets are final; {@code strong} when typed by a rule rather than a default. */
    private record Found(int start, int end, EntityType type, boolean strong, String key) {}

    List<EntityMention> find(String text) {
        List<Tok> toks = tokenize(text);
        Set<Integer> headline = headlineTokens(text, toks);
        Set<String> lowerWords = new HashSet<>();
        for (Tok t : toks) {
            if (!t.cap()) {
                lowerWords.add(t.text());
            }
        }
        List<Found> found = new ArrayList<>();
        List<List<Tok>> weak = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Tok t = toks.get(i);
            if (!t.cap() || headline.contains(i)) {
                if (headline.contains(i)) {
                    i = headlineNames(text, toks, i, headline, found);
                } else {
                    i++;
                }
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && !headline.contains(j) && joined(text, toks.get(j - 1), toks.get(j))) {
                Tok n = toks.get(j);
                if (n.cap()) {
                    j++;
                } else if (CONNECTORS.contains(n.text()) && j + 1 < toks.size() && toks.get(j + 1).cap()
                        && joined(text, n, toks.get(j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            List<Tok> seq = new ArrayList<>(toks.subList(i, j));
            i = j;
            classify(text, seq, found, weak, lowerWords);
        }
        Map<String, EntityType> memory = new HashMap<>();
        Map<String, EntityType> lastWord = new HashMap<>();
        for (Found f : found) {
            memory.putIfAbsent(f.key(), f.type());
            if (f.type() == EntityType.PER) {
                String[] parts = f.key().split(" ");
                lastWord.putIfAbsent(parts[parts.length - 1], EntityType.PER);
                if (parts.length > 1) {
                    lastWord.putIfAbsent(parts[0], EntityType.PER);
                }
            }
        }
        for (List<Tok> seq : weak) {
            found.add(weakType(text, seq, memory, lastWord));
        }
        found.sort(Comparator.comparingInt(Found::start));
        List<EntityMention> out = new ArrayList<>(found.size());
        int lastEnd = -1;
        for (Found f : found) {
            if (f.start() >= lastEnd && f.end() > f.start()) {
                out.add(new EntityMention(f.start(), f.end(), text.substring(f.start(), f.end()), f.type()));
                lastEnd = f.end();
            }
        }
        return out;
    }

    private void classify(String text, List<Tok> seq, List<Found> found, List<List<Tok>> weak, Set<String> lowerWords) {
        // leading function words ("The", "In", "But") and trailing connectors are not part of the name
        while (!seq.isEmpty() && gaz.isStopCap(seq.get(0).bare()) && !gaz.isTitle(seq.get(0).text())) {
            seq.remove(0);
        }
        while (!seq.isEmpty() && !seq.get(seq.size() - 1).cap()) {
            seq.remove(seq.size() - 1);
        }
        if (seq.isEmpty()) {
            return;
        }
        if (seq.size() == 1 && hyphenatedPlaces(text, seq.get(0), found)) {
            return;
        }
        if (hasDigit(seq)) {
            return;
        }
        String name = span(text, seq);
        // a name in capitals ("LONDON 1996-08-22", "NEW YORK") is looked up as written in title case
        String titled = allCaps(seq) ? titleCaseWords(seq) : name;
        if (gaz.isPlace(name) || gaz.isPlace(titled)) {
            add(text, seq, EntityType.LOC, true, found);
            return;
        }
        if (gaz.isDemonym(name) || gaz.isDemonym(titled)) {
            add(text, seq, EntityType.MISC, true, found);
            return;
        }
        if (isOrg(seq)) {
            add(text, seq, EntityType.ORG, true, found);
            return;
        }
        int title = lastTitle(seq);
        if (title >= 0) {
            int nameStart = title + 1;
            for (int k = title + 1; k < seq.size(); k++) {
                if (gaz.isGivenName(seq.get(k).text())) {
                    nameStart = k;
                    break;
                }
            }
            if (nameStart == title + 1 && nameStart + 1 < seq.size() && seq.get(nameStart).text().equals("of")) {
                nameStart = Math.min(seq.size(), nameStart + 2);
            }
            List<Tok> role = seq.subList(0, nameStart);
            rolePrefix(text, role, found);
            List<Tok> person = seq.subList(nameStart, seq.size());
            if (!person.isEmpty()) {
                add(text, person, EntityType.PER, true, found);
            }
            return;
        }
        if (seq.size() >= 2 && gaz.isGivenName(seq.get(0).text())) {
            add(text, seq, EntityType.PER, true, found);
            return;
        }
        if (gaz.isOrgName(name)) {
            add(text, seq, EntityType.ORG, true, found);
            return;
        }
        // a single capitalised word starting a sentence that the text also uses in lower case is not a name
        if (seq.size() == 1 && seq.get(0).afterBreak()
                && lowerWords.contains(seq.get(0).text().toLowerCase(Locale.ROOT))) {
            return;
        }
        if (seq.size() == 1 && seq.get(0).afterBreak() && gaz.isStopCap(seq.get(0).text())) {
            return;
        }
        weak.add(seq);
    }

    private static boolean hasDigit(List<Tok> seq) {
        for (Tok t : seq) {
            String w = t.text();
            for (int k = 0; k < w.length(); k++) {
                if (Character.isDigit(w.charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Found weakType(String text, List<Tok> seq, Map<String, EntityType> memory,
            Map<String, EntityType> lastWord) {
        int start = seq.get(0).start();
        int end = nameEnd(text, seq);
        String key = Names.key(text.substring(start, end));
        EntityType known = memory.get(key);
        if (known == null && seq.size() == 1) {
            known = lastWord.get(key);
        }
        if (known != null) {
            return new Found(start, end, known, false, key);
        }
        Tok first = seq.get(0);
        if (seq.size() == 1 && first.allCaps() && first.text().length() <= 5) {
            return new Found(start, end, EntityType.ORG, false, key);
        }
        if (SAID_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()
                || SAID_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
            return new Found(start, end, EntityType.PER, false, key);
        }
        if (seq.size() >= 4) {
            return new Found(start, end, EntityType.ORG, false, key);
        }
        if (IN_PLACE.contains(previousWord(text, start))) {
            return new Found(start, end, EntityType.LOC, false, key); // "in Bonn", "near Arbil"
        }
        for (Tok t : seq) {
            if (gaz.isPlace(t.text())) {
                return new Found(start, end, seq.size() == 1 ? EntityType.LOC : EntityType.ORG, false, key);
            }
        }
        return new Found(start, end, EntityType.PER, false, key);
    }

    /** A role before a name ("White House Director of …", "US Secretary of State"): its own names, typed. */
    private void rolePrefix(String text, List<Tok> role, List<Found> found) {
        List<Tok> run = new ArrayList<>();
        for (Tok t : role) {
            if (gaz.isTitle(t.text()) || !t.cap()) {
                roleName(text, run, found);
                run = new ArrayList<>();
            } else {
                run.add(t);
            }
        }
        roleName(text, run, found);
    }

    private void roleName(String text, List<Tok> run, List<Found> found) {
        if (run.isEmpty()) {
            return;
        }
        String name = span(text, run);
        if (gaz.isPlace(name)) {
            add(text, run, EntityType.LOC, true, found);
        } else if (gaz.isDemonym(name)) {
            add(text, run, EntityType.MISC, true, found);
        } else if (run.size() > 1 || isOrg(run) || run.get(0).allCaps()) {
            add(text, run, EntityType.ORG, true, found);
        }
    }

    private boolean isOrg(List<Tok> seq) {
        Tok last = seq.get(seq.size() - 1);
        if (seq.size() > 1 && gaz.isOrgWord(last.text()) || gaz.isOrgWord(last.text()) && last.text().endsWith(".")) {
            return true;
        }
        for (int k = 0; k + 1 < seq.size(); k++) {
            if (gaz.isOrgWord(seq.get(k).text()) && seq.get(k + 1).text().equals("of")) {
                return true;
            }
        }
        return false;
    }

    private int lastTitle(List<Tok> seq) {
        int last = -1;
        for (int k = 0; k < seq.size(); k++) {
            if (gaz.isTitle(seq.get(k).text())) {
                last = k;
            }
        }
        // "First Lady Melania": keep the last of a run of titles; a title at the end names no one
        return last;
    }

    /** "US-Mexico", "U.S.-Cuba": one location per part. */
    private boolean hyphenatedPlaces(String text, Tok t, List<Found> found) {
        if (t.text().indexOf('-') < 0) {
            return false;
        }
        String[] parts = t.text().split("-");
        for (String p : parts) {
            if (!gaz.isPlace(p)) {
                return false;
            }
        }
        int s = t.start();
        for (String p : parts) {
            found.add(new Found(s, s + p.length(), EntityType.LOC, true, Names.key(p)));
            s += p.length() + 1;
        }
        return true;
    }

    /** Tokens of a capitals-only line: only gazetteer names (in title case) are taken. Returns the next index. */
    private int headlineNames(String text, List<Tok> toks, int i, Set<Integer> headline, List<Found> found) {
        Tok t = toks.get(i);
        String w = titleCase(t.bare());
        for (int len = Math.min(4, toks.size() - i); len >= 1; len--) {
            if (!headline.contains(i + len - 1)) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + len; k++) {
                if (k > i) {
                    sb.append(' ');
                }
                sb.append(titleCase(toks.get(k).text()));
            }
            String cand = sb.toString();
            EntityType type = gaz.isPlace(cand) || gaz.isPlace(toks.get(i).text()) && len == 1 ? EntityType.LOC
                    : gaz.isDemonym(cand) ? EntityType.MISC : null;
            if (type != null) {
                int end = toks.get(i + len - 1).end();
                found.add(new Found(t.start(), end, type, true, Names.key(text.substring(t.start(), end))));
                return i + len;
            }
        }
        if (w.isEmpty()) {
            return i + 1;
        }
        return i + 1;
    }

    /** The letters right before {@code at} and the whitespace before it ("" when there is no such word). */
    static String previousWord(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e == at) {
            return "";
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }

    private static boolean allCaps(List<Tok> seq) {
        for (Tok t : seq) {
            if (!t.allCaps()) {
                return false;
            }
        }
        return true;
    }

    private static String titleCaseWords(List<Tok> seq) {
        StringBuilder sb = new StringBuilder();
        for (Tok t : seq) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(capitalized(t.text()));
        }
        return sb.toString();
    }

    private static String titleCase(String w) {
        if (w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT))) {
            return w;
        }
        return capitalized(w);
    }

    /** The first letter as written, the others in lower case ("LONDON" → "London"). */
    private static String capitalized(String w) {
        return w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private void add(String text, List<Tok> seq, EntityType type, boolean strong, List<Found> found) {
        int start = seq.get(0).start();
        int end = nameEnd(text, seq);
        if (end > start) {
            found.add(new Found(start, end, type, strong, Names.key(text.substring(start, end))));
        }
    }

    /** End of the name: the last word without a possessive ending. */
    private static int nameEnd(String text, List<Tok> seq) {
        Tok last = seq.get(seq.size() - 1);
        return last.end() - Names.possessiveLength(text, last.start(), last.end());
    }

    private static String span(String text, List<Tok> seq) {
        String s = text.substring(seq.get(0).start(), nameEnd(text, seq));
        return singleSpaced(s) ? s : SPACES.matcher(s).replaceAll(" ");
    }

    /** True when {@code s} has no whitespace but single spaces, so that collapsing whitespace changes nothing. */
    private static boolean singleSpaced(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && k + 1 < s.length() && s.charAt(k + 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** True when only one space (or a single line-internal blank) separates the two words. */
    private static boolean joined(String text, Tok a, Tok b) {
        if (b.start() - a.end() != 1) {
            return false;
        }
        char c = text.charAt(a.end());
        return c == ' ' || c == '\u00a0';
    }

    /** Words, with dotted abbreviations ("Mr.", "Inc.") kept whole, each marked when it follows a sentence break. */
    private static List<Tok> tokenize(String text) {
        List<Tok> out = new ArrayList<>();
        int prevEnd = 0;
        int[] span = new int[2];
        int from = 0;
        while (nextWord(text, from, span)) {
            int s = span[0];
            int e = span[1];
            String w = text.substring(s, e);
            if (e < text.length() && text.charAt(e) == '.' && DOTTED.contains(w)) {
                e++;
                w = w + ".";
            }
            boolean afterBreak = out.isEmpty() || sentenceBreak(text, prevEnd, s, out.get(out.size() - 1));
            out.add(new Tok(s, e, w, afterBreak));
            prevEnd = e;
            from = e;
        }
        return out;
    }

    /**
     * The next word at or after {@code from} into {@code span}: the leftmost match of
     * {@code (?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*} (initials such as
     * "U.S.", or a word with inner hyphens and apostrophes), scanned by hand: a regular expression here was 15% of
     * the FAST mode's time.
     */
    static boolean nextWord(String text, int from, int[] span) {
        int n = text.length();
        int i = from;
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) || isMark(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i >= n) {
            return false;
        }
        span[0] = i;
        // initials: two or more upper-case letters each followed by a period
        int k = i;
        int pairs = 0;
        while (k < n) {
            int c = text.codePointAt(k);
            int next = k + Character.charCount(c);
            if (Character.getType(c) != Character.UPPERCASE_LETTER || next >= n || text.charAt(next) != '.') {
                break;
            }
            k = next + 1;
            pairs++;
        }
        if (pairs >= 2) {
            span[1] = k;
            return true;
        }
        int e = i + Character.charCount(text.codePointAt(i));
        e = skipWordChars(text, e);
        while (e + 1 < n && isJoiner(text.charAt(e))) {
            int after = skipWordChars(text, e + 1);
            if (after == e + 1) {
                break;
            }
            e = after;
        }
        span[1] = e;
        return true;
    }

    private static int skipWordChars(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c) && !isMark(c) && !isNumber(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '&';
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean sentenceBreak(String text, int from, int to, Tok prev) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '“' || c == '"' || c == ':' || c == '(' || c == '—') {
                return true;
            }
            if ((c == '.' || c == '!' || c == '?') && !prev.text().endsWith(".")) {
                return true;
            }
        }
        return prev.text().endsWith(".") && prev.text().length() > 3 && false;
    }

    /** Indexes of tokens on lines written mostly in capitals. */
    private static Set<Integer> headlineTokens(String text, List<Tok> toks) {
        Set<Integer> out = new HashSet<>();
        int i = 0;
        while (i < toks.size()) {
            int lineEnd = text.indexOf('\n', toks.get(i).start());
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int j = i;
            int caps = 0;
            while (j < toks.size() && toks.get(j).start() < lineEnd) {
                if (toks.get(j).allCaps() || toks.get(j).text().length() == 1 && toks.get(j).cap()) {
                    caps++;
                }
                j++;
            }
            int n = j - i;
            if (n >= 2 && caps * 10 >= n * 7) {
                for (int k = i; k < j; k++) {
                    out.add(k);
                }
            }
            i = j;
        }
        return out;
    }
}
