package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens a DOM subtree into {@link Block}s: text is gathered across inline markup and cut at every block-level
 * element, so {@code <p>a <b>b</b></p><div>c<p>d</p>e</div>} gives "a b", "c", "d", "e". Whitespace is collapsed;
 * {@code <br>} becomes a line break inside the block.
 */
final class Blocks implements NodeVisitor {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(256);
    private final Element[] owners = new Element[512];
    private int depth;
    private int linkDepth;
    private int linkChars;
    private int headingDepth;
    private int heading;
    private boolean pendingSpace;

    private Blocks() {
    }

    /** The blocks of {@code root}'s subtree in document order (run {@link PageCleaner} first to drop scripts). */
    static List<Block> of(Element root) {
        Blocks visitor = new Blocks();
        visitor.owners[0] = root;
        NodeTraversor.traverse(visitor, root);
        visitor.flush(root);
        return visitor.blocks;
    }

    @Override
    public void head(Node node, int nodeDepth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                trimEnd();
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                pendingSpace = false;
                return;
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (Tags.BLOCK.contains(tag)) {
                flush(current());
                push(e);
                if (Tags.isHeading(tag) && headingDepth++ == 0) {
                    heading = tag.charAt(1) - '0';
                }
            }
        }
    }

    @Override
    public void tail(Node node, int nodeDepth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            }
            if (Tags.BLOCK.contains(tag)) {
                flush(e);
                pop();
                if (Tags.isHeading(tag) && --headingDepth == 0) {
                    heading = 0;
                }
            }
        }
    }

    private Element current() {
        return owners[Math.min(depth, owners.length - 1)];
    }

    private void push(Element e) {
        depth++;
        if (depth < owners.length) {
            owners[depth] = e;
        }
    }

    private void pop() {
        depth--;
    }

    private void append(String raw) {
        int before = text.length();
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u2028') {
                pendingSpace = true;
            } else {
                if (pendingSpace && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
            }
        }
        if (linkDepth > 0) {
            linkChars += text.length() - before;
        }
    }

    private void trimEnd() {
        while (!text.isEmpty() && (text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\n')) {
            text.setLength(text.length() - 1);
        }
    }

    private void flush(Element owner) {
        trimEnd();
        if (!text.isEmpty()) {
            blocks.add(new Block(blocks.size(), owner, text.toString(), Math.min(linkChars, text.length()), heading,
                    owner.normalName().equals("li")));
        }
        text.setLength(0);
        linkChars = 0;
        pendingSpace = false;
    }
}
