package org.storyline.ingest.html;

import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about its role. Both are split into lower-case tokens at
 * every non-alphanumeric character and at camel-case humps ({@code relatedArticles__item} gives {@code related},
 * {@code articles}, {@code item}), so that {@code ad} matches {@code ad-slot} but not {@code header}.
 */
final class ClassHints {
    private ClassHints() {
    }

    /** Tokens of page furniture: ads, teasers of other articles, sharing, comments, newsletters, captions. */
    private static final TokenSet NEGATIVE = new TokenSet(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "anzeige",
            "werbung", "banner", "sponsor", "sponsored", "promo", "promotion", "promoted", "outbrain", "taboola",
            "related", "recommended", "recommendation", "recommendations", "recirculation", "recirc", "popular",
            "trending", "mostread", "share", "sharing", "shares", "social", "sharebar", "shariff", "socials",
            "comment", "comments", "kommentar", "kommentare", "disqus", "respond", "replies", "newsletter",
            "newsletters", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "modal",
            "popup", "overlay", "breadcrumb", "breadcrumbs", "pagination", "pager", "nav", "navbar", "navigation",
            "menu", "footer", "masthead", "toolbar", "tags", "tag", "taglist", "keywords", "caption", "captions",
            "credit", "credits", "copyright", "byline", "bylines", "author", "authors", "bio", "print", "login",
            "gallery", "slideshow", "carousel", "slider", "video", "player", "podcast", "audio", "embed", "toc",
            "jump", "skip", "sidebar", "widget", "widgets", "teaser", "teasers", "infobox", "factbox", "hidden",
            "visually", "offscreen", "more", "also", "extra", "supplemental", "dateline", "timestamp", "date", "meta", "metadata", "topics", "readmore", "feedback",
            "rating", "poll", "survey", "quiz", "twitter", "tweet", "instagram", "tiktok", "facebook", "youtube",
            "donate", "donation", "cta", "calltoaction", "image", "img", "photo", "figure", "media", "picture",
            "icon", "button", "btn", "disclaimer", "correction");

    /** Tokens of cookie and consent banners, whose legal text can outweigh a short article. */
    private static final TokenSet CONSENT = new TokenSet("cookie", "cookies", "consent", "gdpr", "onetrust", "didomi",
            "usercentrics", "cmp", "privacy");

    /** Tokens that make a class name a page layout rather than a box: {@code sidebar-grid}, {@code has-ads}. */
    private static final TokenSet LAYOUT = new TokenSet("grid", "layout", "has", "with", "template", "is");

    /** Tokens of the article itself. */
    private static final TokenSet POSITIVE = new TokenSet(
            "article", "articlebody", "body", "content", "main", "story", "storybody", "text", "entry", "post",
            "prose", "richtext", "paragraph", "paragraphs", "lead", "intro", "summary", "standfirst");

    /** What an element's class names say, the strongest first. */
    enum Role { CONSENT, NEGATIVE, POSITIVE, NONE }

    /** The strongest role among the element's class names and id. */
    static Role of(Element element) {
        if (element.attributesSize() == 0) {
            return Role.NONE;
        }
        Role strongest = Role.NONE;
        String classes = element.attributes().getIgnoreCase("class");
        int n = classes.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean space = i == n || Character.isWhitespace(classes.charAt(i));
            if (space && start >= 0) {
                Role role = role(classes.substring(start, i));
                if (role.ordinal() < strongest.ordinal()) {
                    strongest = role;
                }
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        String id = element.attributes().getIgnoreCase("id");
        if (!id.isEmpty()) {
            Role role = role(id);
            if (role.ordinal() < strongest.ordinal()) {
                strongest = role;
            }
        }
        return strongest;
    }

    /** True when the class or id names page furniture (a consent banner included). */
    static boolean negative(Element element) {
        Role role = of(element);
        return role == Role.NEGATIVE || role == Role.CONSENT;
    }

    /**
     * What one class name says. In BEM names ({@code block__element--modifier}) the element decides when it has a
     * role ({@code sidebar-grid__content} is content), else the block ({@code ad-slot__container} is an ad);
     * modifiers and CSS-module hashes ({@code title__3Y2hh}) are ignored. Within a part, furniture wins over
     * content, and a layout token ({@code sidebar-grid}) over both.
     */
    static Role role(String name) {
        String n = name;
        int modifier = n.indexOf("--");
        if (modifier > 0) {
            n = n.substring(0, modifier);
        }
        int element = n.lastIndexOf("__");
        if (element > 0 && hash(n, element + 2)) {
            n = n.substring(0, element);
            element = n.lastIndexOf("__");
        }
        if (element > 0 && element + 2 < n.length()) {
            Role role = partRole(n, element + 2, n.length());
            if (role != Role.NONE) {
                return role;
            }
            return partRole(n, 0, element);
        }
        return partRole(n, 0, n.length());
    }

    private static Role partRole(String s, int from, int to) {
        if (LAYOUT.anyToken(s, from, to)) {
            return Role.NONE;
        }
        if (CONSENT.anyToken(s, from, to)) {
            return Role.CONSENT;
        }
        if (NEGATIVE.anyToken(s, from, to)) {
            return Role.NEGATIVE;
        }
        return POSITIVE.anyToken(s, from, to) ? Role.POSITIVE : Role.NONE;
    }

    /** A CSS-module suffix such as {@code 3Y2hh} or {@code FEnoz}: short, and mixed case or with digits. */
    private static boolean hash(String s, int from) {
        int length = s.length() - from;
        if (length < 4 || length > 8) {
            return false;
        }
        boolean digit = false;
        boolean upper = false;
        boolean lower = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
            digit |= Character.isDigit(c);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return digit || upper && lower;
    }

    /** True when one token of {@code value} is in {@code tokens}. */
    static boolean matches(String value, TokenSet tokens) {
        return tokens.anyToken(value, 0, value.length());
    }
}
