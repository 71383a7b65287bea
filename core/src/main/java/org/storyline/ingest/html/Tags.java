package org.storyline.ingest.html;

import java.util.Set;

/** Tag sets that drive the block flattening and the removal of non-content markup. */
final class Tags {
    private Tags() {
    }

    /** Elements whose content is never article text: dropped before anything else. */
    static final Set<String> JUNK = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "source", "track", "picture", "img", "map", "button", "input", "select", "option",
            "optgroup", "textarea", "datalist", "meta", "link", "head", "title", "dialog", "menu");

    /** Elements that are page furniture by their role; their text is boilerplate unless it is most of the page. */
    static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "figure", "figcaption", "form", "label",
            "fieldset", "legend", "address", "table", "caption");

    /** Elements that end the current text block; everything else is inline and joins the block around it. */
    static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "caption", "legend", "label");

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
