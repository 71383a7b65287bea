package org.storyline.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.AlignedPassage;
import org.storyline.model.Article;
import org.storyline.model.Event;
import org.storyline.model.Snapshot;
import org.storyline.provenance.Family;

/**
 * The "Families" section of an event page: each provenance family with members in the event, its original (or
 * "common source unseen"), and per derived member its aligned passages side by side, words found on one side only
 * marked ({@code <del>} in the member, {@code <ins>} in the version it is aligned with). All text is escaped.
 */
final class FamilyView {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+");

    /** Families shown with their passages; a big event lists the rest as a count. */
    static final int MAX_FAMILIES = 10;
    /** Versions shown per family. */
    static final int MAX_MEMBERS = 10;

    private FamilyView() {}

    /** Writes the section; writes nothing when no article of the event has a family of several versions. */
    static void families(Html h, View v, Event e) {
        Snapshot s = v.snapshot();
        Set<String> ids = new TreeSet<>();
        for (String aid : e.articleIds()) {
            s.article(aid).map(Article::provenance).ifPresent(p -> ids.add(p.family()));
        }
        List<Family> families = ids.stream().flatMap(id -> v.catalog().provenanceFamily(id).stream()).toList();
        if (families.isEmpty()) {
            return;
        }
        h.open("section", "class", "families").el("h2", "Aligned passages of families (" + families.size() + ")");
        for (Family f : families.subList(0, Math.min(families.size(), MAX_FAMILIES))) {
            h.open("div", "class", "family");
            h.el("h3", f.id());
            h.el("p", f.original().map(o -> "Original: " + o).orElse("Common source unseen: the versions are "
                    + "siblings"), "class", "meta");
            h.open("ul", "class", "members");
            for (Family.Member m : f.members().subList(0, Math.min(f.members().size(), MAX_MEMBERS))) {
                h.open("li");
                h.link(Links.article(m.article().id()), m.article().id());
                h.text(" — " + m.relation().jsonName());
                if (m.derivedFrom() != null) {
                    h.text(" of " + m.derivedFrom());
                }
                if (!m.passages().isEmpty()) {
                    h.text(String.format(Locale.ROOT, " (similarity %.2f)", m.similarity()));
                    Article other = s.article(m.partner()).orElse(null);
                    if (other != null) {
                        passages(h, m.article(), other, m.passages());
                    }
                }
                h.close("li");
            }
            h.close("ul");
            Layout.more(h, f.members().size() - MAX_MEMBERS, "version", "versions");
            h.close("div");
        }
        Layout.more(h, families.size() - MAX_FAMILIES, "family", "families");
        h.close("section");
    }

    private static void passages(Html h, Article a, Article b, List<AlignedPassage> passages) {
        h.open("table", "class", "aligned");
        h.open("tr").el("th", a.id()).el("th", b.id()).el("th", "similarity").close("tr");
        for (AlignedPassage p : passages) {
            String ta = slice(a.body(), p.aStart(), p.aEnd());
            String tb = slice(b.body(), p.bStart(), p.bEnd());
            h.open("tr");
            h.open("td");
            marked(h, ta, words(tb), "del");
            h.close("td").open("td");
            marked(h, tb, words(ta), "ins");
            h.close("td");
            h.el("td", String.format(Locale.ROOT, "%.2f", p.similarity()));
            h.close("tr");
        }
        h.close("table");
    }

    /** Writes {@code text}, wrapping its words that are not in {@code other} in {@code tag}. */
    static void marked(Html h, String text, Set<String> other, String tag) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean word = Character.isLetterOrDigit(t.codePointAt(0));
            if (word && !other.contains(t.toLowerCase(Locale.ROOT))) {
                h.el(tag, t);
            } else {
                h.text(t);
            }
        }
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String slice(String text, int start, int end) {
        int s = Math.min(Math.max(0, start), text.length());
        return text.substring(s, Math.min(Math.max(s, end), text.length()));
    }
}
