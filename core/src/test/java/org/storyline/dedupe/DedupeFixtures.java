package org.storyline.dedupe;

import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.CleanText;
import org.storyline.model.Origin;
import org.storyline.model.RawArticle;

/** Small fictional articles for the dedupe tests. */
final class DedupeFixtures {
    private DedupeFixtures() {}

    /** A flood story, 10 sentences. */
    static final List<String> FLOOD = List.of(
            "Heavy rain pushed the river Wend over its banks on Tuesday night, flooding the lower town of Marlow Cross.",
            "About 340 households were evacuated before dawn, the county emergency office said in a statement.",
            "Firefighters used boats to reach residents trapped on the upper floors of houses along Mill Street.",
            "No deaths have been reported, but two people were taken to hospital with hypothermia.",
            "The river peaked at 4.8 metres shortly after midnight, the highest level since records began in 1921.",
            "Mayor Ines Valdt said the town's flood barrier had been raised in time but was overtopped within an hour.",
            "Engineers will inspect the barrier once the water recedes, which could take several days.",
            "Schools in the district will stay closed until Friday and the railway line to Eastby remains shut.",
            "Volunteers have opened a shelter in the sports hall on Quarry Road, where hot meals are being served.",
            "Forecasters expect drier weather from Thursday, although more rain is possible at the weekend.");

    /** The same flood, reported independently: same facts, different words. */
    static final String FLOOD_OTHER_REPORT = "Marlow Cross woke up under water on Wednesday. The Wend burst its "
            + "banks overnight after a day of torrential rain, and some 340 families had to leave their homes. Boat "
            + "crews from the fire service rescued people stranded upstairs on Mill Street. Two residents are being "
            + "treated for hypothermia; nobody has died. At 4.8 metres the river reached a level not seen in more "
            + "than a century of measurements. Ines Valdt, the mayor, told reporters the barrier went up on time "
            + "but the water simply poured over it. The sports hall on Quarry Road is now an emergency shelter, "
            + "schools are shut until Friday and trains to Eastby are cancelled.";

    /** An unrelated story. */
    static final String BUDGET = "The city council approved a budget of 212 million for next year after a "
            + "six-hour debate on Monday. Spending on public transport rises by eight percent, while the parks "
            + "department faces cuts of three percent. Opposition members criticised the plan to sell two municipal "
            + "car parks to a private operator. The finance committee chair said the sale would fund repairs to "
            + "the central library roof. Property taxes stay at their current level for the third year running. "
            + "The budget also sets aside money for a pilot scheme of free bus travel for pupils.";

    static String flood() {
        return String.join(" ", FLOOD);
    }

    static Article article(String id, String text) {
        Article a = Article.of(new RawArticle(id, null, text, null, null, null, null, new Origin("t", 1)));
        return new ContentHashStage().apply(a.withClean(CleanText.unchanged(text)));
    }
}
