package org.storyline.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.storyline.model.BoilerplateReason;
import org.storyline.model.CleanText;
import org.storyline.model.OffsetMap;
import org.storyline.model.RemovedSpan;

/**
 * Removes line-level boilerplate from the plain text of an article, as its {@link CleaningPolicy} says. Pure:
 * no I/O and no state besides the immutable policy, so one instance can be shared.
 *
 * <p>How it works:
 * <ol>
 *   <li>The text is cut into lines ({@code \n}, {@code \r\n} or {@code \r}); each line is trimmed (no-break
 *       spaces included). Blank lines separate paragraphs.</li>
 *   <li>When the policy says so, a line with glued sentences is split into parts
 *       ({@link GluedSentenceSplitter}); every line or part is a {@link Line}.</li>
 *   <li>Each {@link LineRule} runs over all lines that no earlier rule removed; the first rule that matches
 *       decides the reason.</li>
 *   <li>Kept parts of one line that are next to each other are joined back exactly as they were; then each
 *       {@link InlineRule} cuts junk out of the kept lines.</li>
 *   <li>The kept pieces are joined: {@code "\n"} between lines that were consecutive lines of one paragraph
 *       with nothing removed between them, {@code "\n\n"} otherwise (so runs of blank lines collapse). The
 *       result has no leading or trailing whitespace.</li>
 * </ol>
 * Every character of the cleaned text except the inserted separators is a character of the original, and the
 * {@link OffsetMap} maps it back to exactly that character. Every removed span keeps its reason and its exact
 * original text. When nothing is removed and the text is already in this form, it comes back unchanged with
 * the identity map.
 */
public final class TextCleaner {
    private final CleaningPolicy policy;
    private final GluedSentenceSplitter splitter = new GluedSentenceSplitter();

    public TextCleaner() {
        this(CleaningPolicy.defaults());
    }

    public TextCleaner(CleaningPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public CleaningPolicy policy() {
        return policy;
    }

    public CleanText clean(String original) {
        Objects.requireNonNull(original, "original");
        List<Line> units = units(original);
        BoilerplateReason[] reasons = new BoilerplateReason[units.size()];
        LineContext context = new LineContext(units, reasons);
        for (LineRule rule : policy.lineRules()) {
            for (Line line : units) {
                if (reasons[line.index()] == null && rule.isBoilerplate(line, context)) {
                    reasons[line.index()] = rule.reason();
                }
            }
        }

        List<RemovedSpan> removed = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (Line line : units) {
            BoilerplateReason r = reasons[line.index()];
            if (r != null) {
                removed.add(new RemovedSpan(line.start(), line.end(), r, line.text()));
                continue;
            }
            Piece last = pieces.isEmpty() ? null : pieces.getLast();
            if (last != null && last.lastUnit == line.index() - 1 && last.lineNumber == line.lineNumber()) {
                last.end = line.end();
                last.lastUnit = line.index();
            } else {
                pieces.add(new Piece(line));
            }
        }

        StringBuilder text = new StringBuilder(original.length());
        OffsetMap.Builder offsets = OffsetMap.builder();
        Piece previous = null;
        for (Piece piece : pieces) {
            List<int[]> kept = cut(original, piece, removed);
            if (kept.isEmpty()) {
                continue;
            }
            if (previous != null) {
                boolean sameParagraph =
                        previous.paragraph == piece.paragraph && previous.lastUnit + 1 == piece.firstUnit;
                text.append(sameParagraph ? "\n" : "\n\n");
            }
            int[] before = null;
            for (int[] k : kept) {
                if (before != null && needsSpace(original, before, k)) {
                    text.append(' ');
                }
                offsets.add(text.length(), k[0], k[1] - k[0]);
                text.append(original, k[0], k[1]);
                before = k;
            }
            previous = piece;
        }
        String cleaned = text.toString();
        if (removed.isEmpty() && cleaned.equals(original)) {
            return CleanText.unchanged(original);
        }
        removed.sort(Comparator.comparingInt(RemovedSpan::start));
        return new CleanText(cleaned, removed, offsets.build());
    }

    /** Lines (or parts of glued lines), trimmed, with their spans in the original. */
    private List<Line> units(String original) {
        List<Line> out = new ArrayList<>();
        int lineNumber = 0;
        int paragraph = 0;
        boolean blankBefore = false;
        int pos = 0;
        int n = original.length();
        while (pos <= n) {
            int eol = pos;
            while (eol < n && original.charAt(eol) != '\n' && original.charAt(eol) != '\r') {
                eol++;
            }
            int s = pos;
            int e = eol;
            while (s < e && Texts.isSpace(original.charAt(s))) {
                s++;
            }
            while (e > s && Texts.isSpace(original.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                blankBefore = true;
            } else {
                if (blankBefore && !out.isEmpty()) {
                    paragraph++;
                }
                blankBefore = false;
                List<int[]> parts = policy.splitGluedSentences()
                        ? splitter.split(original.substring(s, e))
                        : List.of(new int[] {0, e - s});
                for (int p = 0; p < parts.size(); p++) {
                    int ps = s + parts.get(p)[0];
                    int pe = s + parts.get(p)[1];
                    while (ps < pe && Texts.isSpace(original.charAt(ps))) {
                        ps++;
                    }
                    while (pe > ps && Texts.isSpace(original.charAt(pe - 1))) {
                        pe--;
                    }
                    out.add(new Line(out.size(), lineNumber, paragraph, p, parts.size(), ps, pe,
                            original.substring(ps, pe)));
                }
                lineNumber++;
            }
            if (eol >= n) {
                break;
            }
            pos = eol + (original.charAt(eol) == '\r' && eol + 1 < n && original.charAt(eol + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    /** The kept intervals of a piece after the inline rules; records the cuts in {@code removed}. */
    private List<int[]> cut(String original, Piece piece, List<RemovedSpan> removed) {
        String s = original.substring(piece.start, piece.end);
        List<int[]> cuts = new ArrayList<>();
        for (InlineRule rule : policy.inlineRules()) {
            for (InlineRule.Cut c : rule.cuts(s)) {
                int cs = piece.start + c.start();
                int ce = piece.start + Math.min(c.end(), s.length());
                boolean overlaps = cuts.stream().anyMatch(o -> cs < o[1] && o[0] < ce);
                if (!overlaps && cs < ce) {
                    cuts.add(new int[] {cs, ce});
                    removed.add(new RemovedSpan(cs, ce, rule.reason(), original.substring(cs, ce)));
                }
            }
        }
        cuts.sort(Comparator.comparingInt(c -> c[0]));
        List<int[]> kept = new ArrayList<>();
        int from = piece.start;
        for (int[] c : cuts) {
            addTrimmed(original, from, c[0], kept);
            from = c[1];
        }
        addTrimmed(original, from, piece.end, kept);
        return kept;
    }

    private static void addTrimmed(String original, int s, int e, List<int[]> out) {
        while (s < e && Texts.isSpace(original.charAt(s))) {
            s++;
        }
        while (e > s && Texts.isSpace(original.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new int[] {s, e});
        }
    }

    /** A space goes between two kept intervals when the cut took whitespace with it or would glue two words. */
    private static boolean needsSpace(String original, int[] left, int[] right) {
        for (int i = left[1]; i < right[0]; i++) {
            if (Texts.isSpace(original.charAt(i))) {
                return true;
            }
        }
        return Character.isLetterOrDigit(original.charAt(left[1] - 1))
                && Character.isLetterOrDigit(original.charAt(right[0]));
    }

    /** Consecutive kept units of one line, before inline cuts. */
    private static final class Piece {
        final int firstUnit;
        final int lineNumber;
        final int paragraph;
        final int start;
        int end;
        int lastUnit;

        Piece(Line line) {
            this.firstUnit = line.index();
            this.lastUnit = line.index();
            this.lineNumber = line.lineNumber();
            this.paragraph = line.paragraph();
            this.start = line.start();
            this.end = line.end();
        }
    }
}
