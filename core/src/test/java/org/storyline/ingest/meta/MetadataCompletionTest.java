package org.storyline.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataCompletionTest {

    @ParameterizedTest
    @CsvSource({
        "https://news.example/2023/12/27/storm-hits, URL /2023/12/27/",
        "https://news.example/world/2023-12-27/storm, URL /2023-12-27/",
        "https://news.example/storm-2023-12-27.html, URL -2023-12-27",
        "https://news.example/a/20231227/storm, URL /20231227/"
    })
    void aFullDateInTheUrlPathIsTheDateWithItsEvidence(String url, String evidence) {
        UrlDate.Found found = UrlDate.find(url);
        assertThat(found.date()).isEqualTo(LocalDate.of(2023, 12, 27));
        assertThat(found.evidence()).isEqualTo(evidence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://news.example/2023/12/storm", "https://news.example/article/1234567890",
        "https://news.example/2023/13/45/x", "https://news.example/x?date=2023/12/27", "not a url"})
    void noFullDateNoDate(String url) {
        assertThat(UrlDate.find(url)).isNull();
    }

    @Test
    void theOutletIsTheHostWithoutWww() {
        assertThat(Outlets.fromUrl("https://www.spiegel.de/politik/x")).isEqualTo("spiegel.de");
        assertThat(Outlets.fromUrl("http://edition.cnn.com/a")).isEqualTo("edition.cnn.com");
        assertThat(Outlets.fromUrl("/relative/path")).isNull();
        assertThat(Outlets.fromUrl(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en| The minister said that the plan was approved by the council, and that it would be ready in the spring.",
        "de| Der Minister sagte, dass der Plan vom Rat gebilligt wurde und dass er im Frühjahr fertig sein wird.",
        "fr| Le ministre a dit que le plan a été approuvé par le conseil et qu'il sera prêt pour le printemps.",
        "es| El ministro dijo que el plan fue aprobado por el consejo y que estará listo para la primavera.",
        "it| Il ministro ha detto che il piano è stato approvato dal consiglio e che sarà pronto per la primavera.",
        "sv| Ministern sa att planen har godkänts av rådet och att den kommer att vara klar till våren.",
        "tr| Bakan, planın konsey tarafından onaylandığını ve bahara kadar hazır olacağını söyledi ve bu çok önemli bir adım.",
        "ru| Министр сказал, что план был одобрен советом и что он будет готов к весне, как и было обещано.",
        "uk| Міністр сказав, що план був схвалений радою і що він буде готовий до весни, як і було обіцяно.",
        "ar| قال الوزير إن الخطة وافق عليها المجلس وإنها ستكون جاهزة في الربيع.",
        "ja| 大臣は、計画が評議会によって承認され、春までに準備が整うと述べた。",
        "ko| 장관은 이 계획이 위원회의 승인을 받았으며 봄까지 준비될 것이라고 말했다.",
        "zh| 部长说，该计划已获得理事会批准，将在春季前准备就绪。"
    })
    void guessesTheLanguageOfArticleText(String lang, String text) {
        assertThat(LanguageGuesser.guess(text)).isEqualTo(lang);
    }

    @Test
    void tooLittleTextIsUnknownNotAGuess() {
        assertThat(LanguageGuesser.guess("Storm")).isNull();
        assertThat(LanguageGuesser.guess("12:30 — 45%")).isNull();
        assertThat(LanguageGuesser.guess("")).isNull();
    }
}
