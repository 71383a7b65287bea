package org.storyline.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storyline.model.Event;
import org.storyline.model.Storyline;

/**
 * A storyline's timeline: one dated line per event in the storyline's (chronological) order, the event's best
 * summary sentence dated with the event's start (or the sentence's article date when the event has none).
 */
public final class StorylineTimeline {
    private StorylineTimeline() {}

    /**
     * @param events    the storyline's events by id
     * @param summaries each event's summary, best sentence first (events without one are left out)
     */
    public static List<SummarySentence> of(Storyline storyline, Map<String, Event> events,
            Map<String, List<SummarySentence>> summaries) {
        List<SummarySentence> out = new ArrayList<>();
        for (String id : storyline.eventIds()) {
            List<SummarySentence> s = summaries.get(id);
            Event e = events.get(id);
            if (s == null || s.isEmpty() || e == null) {
                continue;
            }
            SummarySentence best = s.get(0);
            String date = e.start() != null ? e.start().toString() : best.date();
            out.add(new SummarySentence(best.text(), best.article(), best.start(), best.end(), date));
        }
        return out;
    }
}
