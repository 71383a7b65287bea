package org.storyline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Storm floods the coast | The Daily Planet# Storm floods the coast",
        "Storm floods the coast - Daily Planet# Storm floods the coast",
        "DAILY PLANET: Storm floods the coast# Storm floods the coast",
        "Rückschlag im Titelkampf - Liverpool verliert bei Everton# Rückschlag im Titelkampf - Liverpool verliert bei Everton",
        "Tonight: Storm floods the coast# Tonight: Storm floods the coast",
        "南海トラフ、一時調査：デイリープラネット# 南海トラフ、一時調査",
        "Storm &amp; flood# Storm & flood"
    })
    void stripsTheOutletButNothingElse(String title, String expected) {
        assertThat(TitleFinder.clean(title, "デイリープラネット", "www.dailyplanet.example")).isEqualTo(expected.strip());
    }
}
