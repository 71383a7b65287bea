package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the article body among a page's {@link Block}s.
 *
 * <ol>
 *   <li><b>Candidates.</b> A block is paragraph-like when it is long enough and mostly not link text. Every
 *       element adds up the paragraph-like text under it ({@code good}) and all text under it ({@code total}).</li>
 *   <li><b>Furniture.</b> Elements that are navigation, asides, captions, figures, or whose class names ads,
 *       teasers, sharing, comments, newsletters... ({@link ClassHints}) make their blocks boilerplate, unless they
 *       hold half of the page's paragraph-like text (a container class such as {@code page--with-sidebar}).</li>
 *   <li><b>Root.</b> The element that maximises {@code good - ALPHA * (total - good)}: the smallest subtree that
 *       holds the article's paragraphs without taking in much else.</li>
 *   <li><b>Paragraphs.</b> Inside the root, every block that is not boilerplate, not link-heavy, not a byline or
 *       a stray label; sub-headings when text follows them; list items only when a paragraph ending in a colon
 *       introduces the list (other lists are fact boxes, key points or link lists); plus the lead paragraphs
 *       between the title heading and the root when the root starts below them.</li>
 * </ol>
 */
final class BodyExtractor {
    /** Weight of non-paragraph text against paragraph text when choosing the root. */
    static final double ALPHA = 0.3;
    /** Shortest paragraph-like block, in characters. */
    static final int MIN_GOOD = 60;
    /** Share of the page's paragraph text above which a furniture element is taken to be a container. */
    static final double CONTAINER_SHARE = 0.5;

    private static final class Stat {
        final Element element;
        int rawGood;
        int good;
        int total;
        int first = Integer.MAX_VALUE;
        int last = -1;
        byte furniture = -1; // -1 unknown, 0 no, 1 yes

        Stat(Element element) {
            this.element = element;
        }
    }

    private BodyExtractor() {
    }

    /**
     * The chosen root and what was learnt on the way.
     *
     * @param root        the root element, or null when the page has no paragraph-like text
     * @param first       index of the root's first block
     * @param last        index of the root's last block
     * @param boilerplate per block: inside page furniture
     */
    record Selection(Element root, int first, int last, boolean[] boilerplate) {
    }

    /** The body paragraphs of the page whose blocks are {@code blocks}; {@code titleIndex} is the title heading's block or -1. */
    static List<String> extract(List<Block> blocks, int titleIndex) {
        Selection selection = select(blocks);
        if (selection.root() == null) {
            return List.of();
        }
        return paragraphs(blocks, selection.boilerplate(), selection.first(), selection.last(), titleIndex);
    }

    static Selection select(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return new Selection(null, 0, -1, new boolean[0]);
        }
        Map<Element, Stat> stats = new IdentityHashMap<>();
        List<Stat> order = new ArrayList<>();
        boolean[] candidate = new boolean[blocks.size()];
        int pageGood = 0;
        for (Block b : blocks) {
            candidate[b.index()] = paragraphLike(b);
            int good = candidate[b.index()] ? b.length() : 0;
            pageGood += good;
            for (Element e = b.owner(); e != null; e = e.parent()) {
                Stat s = stats.get(e);
                if (s == null) {
                    s = new Stat(e);
                    stats.put(e, s);
                    order.add(s);
                }
                s.rawGood += good;
                s.total += b.length();
                s.first = Math.min(s.first, b.index());
                s.last = Math.max(s.last, b.index());
            }
        }
        boolean[] boilerplate = new boolean[blocks.size()];
        for (Block b : blocks) {
            if (candidate[b.index()] && teaser(blocks, b.index(), stats)) {
                boilerplate[b.index()] = true;
            }
        }
        int containerLimit = (int) (pageGood * CONTAINER_SHARE);
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                Stat s = stats.get(e);
                if (s.furniture < 0) {
                    s.furniture = furniture(e, s.rawGood, containerLimit);
                }
                if (s.furniture == 1) {
                    boilerplate[b.index()] = true;
                    break;
                }
            }
            if (!boilerplate[b.index()] && candidate[b.index()]) {
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    stats.get(e).good += b.length();
                }
            }
        }
        Stat root = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Stat s : order) {
            double score = s.good - ALPHA * (s.total - s.good);
            if (score > best) {
                best = score;
                root = s;
            }
        }
        if (root == null || root.good == 0) {
            return new Selection(null, 0, -1, boilerplate);
        }
        return new Selection(root.element, root.first, root.last, boilerplate);
    }

    private static List<String> paragraphs(List<Block> blocks, boolean[] boilerplate, int first, int last,
            int titleIndex) {
        List<Block> kept = new ArrayList<>();
        if (titleIndex >= 0 && titleIndex < first) {
            for (int i = titleIndex + 1; i < first; i++) {
                Block b = blocks.get(i);
                if (!boilerplate[i] && b.heading() == 0 && b.length() >= 50 && b.linkDensity() < 0.2
                        && !BlockRules.noise(b)) {
                    kept.add(b);
                }
            }
        }
        int start = titleIndex >= first && titleIndex <= last ? titleIndex + 1 : first;
        boolean listIntroduced = false;
        for (int i = start; i <= last; i++) {
            Block b = blocks.get(i);
            if (boilerplate[i] || b.heading() == 1) {
                continue;
            }
            if (b.heading() > 0) {
                listIntroduced = false;
                if (b.linkDensity() <= 0.5 && b.length() <= 300) {
                    kept.add(b);
                }
            } else if (b.listItem()) {
                if (listIntroduced && b.linkDensity() <= 0.5) {
                    kept.add(b);
                }
            } else if (b.linkDensity() <= 0.5 && !BlockRules.noise(b)) {
                kept.add(b);
                listIntroduced = b.text().endsWith(":");
            }
        }
        while (!kept.isEmpty() && kept.getLast().heading() > 0) {
            kept.removeLast();
        }
        List<String> out = new ArrayList<>(kept.size());
        for (Block b : kept) {
            out.add(b.text());
        }
        return out;
    }

    /**
     * True when block {@code i} is the summary in a teaser card of another article: it follows a linked headline
     * and the smallest element holding both holds little else.
     */
    private static boolean teaser(List<Block> blocks, int i, Map<Element, Stat> stats) {
        Block b = blocks.get(i);
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            Block headline = blocks.get(j);
            if (headline.heading() > 0 && headline.linkDensity() >= 0.5) {
                Element card = b.owner();
                for (int up = 0; up < 4 && card != null; up++, card = card.parent()) {
                    if (headline.owner() == card || isAncestor(card, headline.owner())) {
                        return stats.get(card).total <= b.length() + headline.length() + 150;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    static boolean paragraphLike(Block b) {
        return b.heading() == 0 && b.length() >= MIN_GOOD && b.linkDensity() < 0.3;
    }

    /**
     * 1 when {@code e} is furniture, 0 when not: a furniture tag or class ({@link ClassHints}) or a hidden element,
     * unless it holds {@code containerLimit} of the page's paragraph text (then it is a mislabelled container);
     * a consent banner always.
     */
    private static byte furniture(Element e, int good, int containerLimit) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return 0;
        }
        ClassHints.Role role = ClassHints.of(e);
        if (role == ClassHints.Role.CONSENT) {
            return 1;
        }
        if (tag.equals("main") || tag.equals("article") || "articleBody".equals(e.attr("itemprop"))) {
            return 0;
        }
        boolean furniture = Tags.FURNITURE.contains(tag) || role == ClassHints.Role.NEGATIVE || PageCleaner.hidden(e);
        return (byte) (furniture && good < containerLimit ? 1 : 0);
    }
}
