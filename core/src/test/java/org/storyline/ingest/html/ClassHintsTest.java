package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.ingest.html.ClassHints.Role;

class ClassHintsTest {

    @ParameterizedTest
    @CsvSource({
        "ad-slot, NEGATIVE",
        "ad-slot__container__FEnoz, NEGATIVE", // BEM element without a role, CSS-module hash: the block decides
        "sidebar-grid__content, POSITIVE",     // the BEM element decides
        "sidebar-grid, NONE",                  // a layout, not a box
        "header, NONE",                        // 'ad' only as a whole token
        "relatedArticles, NEGATIVE",           // camel case
        "article-body, POSITIVE",
        "article-body__share-bar, NEGATIVE",
        "grid-layout--adrail, NONE",           // modifiers are ignored
        "onetrust-consent-sdk, CONSENT",
        "shadow, NONE"
    })
    void roleOfAClassName(String name, Role role) {
        assertThat(ClassHints.role(name)).isEqualTo(role);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<div class='story-body js-share'>| NEGATIVE",
        "<div class='story-body' id='main'>| POSITIVE",
        "<div id='cookie-notice' class='story'>| CONSENT",
        "<div>| NONE"
    })
    void strongestRoleOfAnElement(String html, Role role) {
        Element e = Jsoup.parseBodyFragment(html).body().child(0);
        assertThat(ClassHints.of(e)).isEqualTo(role);
    }
}
