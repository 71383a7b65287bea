package org.storyline.eval;

/** Which label to score: gold events against predicted events, or gold topics against predicted storylines. */
public enum LabelField {
    EVENT("event", "event"),
    TOPIC("topic", "storyline");

    private final String goldKey;
    private final String predictedKey;

    LabelField(String goldKey, String predictedKey) {
        this.goldKey = goldKey;
        this.predictedKey = predictedKey;
    }

    public String goldKey() {
        return goldKey;
    }

    public String predictedKey() {
        return predictedKey;
    }
}
