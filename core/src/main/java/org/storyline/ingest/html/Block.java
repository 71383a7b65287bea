package org.storyline.ingest.html;

import org.jsoup.nodes.Element;

/**
 * One run of text between two block boundaries, in document order: a paragraph, a heading, a list item, or the
 * loose text of a {@code div}. {@code owner} is the nearest block-level element around it.
 *
 * @param index     position among the page's blocks (document order)
 * @param owner     the nearest block-level ancestor
 * @param text      whitespace-normalised text, lines ({@code <br>}) separated by {@code \n}
 * @param linkChars how many of its characters are inside links
 * @param heading   the heading level 1-6 when the block is a heading, else 0
 * @param listItem  true when the text is directly in a list item (not in a paragraph inside it)
 */
record Block(int index, Element owner, String text, int linkChars, int heading, boolean listItem) {

    int length() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
