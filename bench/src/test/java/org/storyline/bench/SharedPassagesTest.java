package org.storyline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedPassagesTest {

    @Test
    void theOutletIsTheHostWithoutWww() {
        assertThat(SharedPassages.host("http://www.Example.com/2013/may/03/story")).isEqualTo("example.com");
        assertThat(SharedPassages.host("https://articles.latimes.com/x")).isEqualTo("articles.latimes.com");
        assertThat(SharedPassages.host(null)).isNull();
        assertThat(SharedPassages.host("not a url")).isNull();
    }

    @Test
    void aSharedRunNeedsTheWholeRunOfWords() {
        String a = "Police said the driver was charged with vehicular manslaughter on Friday night.";
        String b = "On Saturday, THE DRIVER WAS CHARGED WITH VEHICULAR MANSLAUGHTER, police said.";
        // "the driver was charged with vehicular manslaughter" is 7 words
        assertThat(SharedPassages.shareRun(a, b, 7)).isTrue();
        assertThat(SharedPassages.shareRun(a, b, 8)).isFalse();
        assertThat(SharedPassages.shareRun(a, a, 8)).isTrue();
        assertThat(SharedPassages.shareRun("", a, 8)).isFalse();
    }
}
