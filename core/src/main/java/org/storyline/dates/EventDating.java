package org.storyline.dates;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.storyline.model.DatePrecision;
import org.storyline.model.DateSource;
import org.storyline.model.Dating;

/**
 * Completes an article whose text pins a month but no year ("In November, … This month, …" → December of an
 * unknown year) from the dates of the other articles of the same event.
 *
 * <p>Only the mates' own dates count ({@link DateSource#TEXT} or {@link DateSource#GIVEN}, at day or month
 * precision; dates completed from events are not used again). Among those mates whose date falls in the pinned
 * month, the year most of them have is taken; a tie between years, or no mate in that month, leaves the article
 * undated. An article whose text pins no month stays undated even when all its mates agree on a month: a
 * shared event is not evidence of the publication month. Pure and stateless.
 */
public final class EventDating {
    private final TextDating textDating;

    public EventDating() {
        this(new TextDating());
    }

    public EventDating(TextDating textDating) {
        this.textDating = Objects.requireNonNull(textDating, "textDating");
    }

    /**
     * The article's date completed from its event mates. When the text itself dates the article, that
     * {@link DateSource#TEXT} dating is returned as is.
     */
    public Dating complete(String articleText, List<Dating> datedEventMates) {
        return complete(textDating.infer(Objects.requireNonNull(articleText, "articleText")), datedEventMates);
    }

    /** As {@link #complete(String, List)}, for a text already analysed. */
    public Dating complete(TextDateResult text, List<Dating> datedEventMates) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(datedEventMates, "datedEventMates");
        if (text.dating().isDated()) {
            return text.dating();
        }
        Month month = text.monthWithoutYear();
        if (month == null) {
            return Dating.undated();
        }
        Map<Integer, Integer> votes = new TreeMap<>();
        for (Dating mate : datedEventMates) {
            if (mate == null || !mate.isDated()
                    || (mate.source() != DateSource.TEXT && mate.source() != DateSource.GIVEN)
                    || mate.precision() == DatePrecision.YEAR
                    || mate.date().getMonth() != month) {
                continue;
            }
            votes.merge(mate.date().getYear(), 1, Integer::sum);
        }
        int bestYear = 0;
        int bestVotes = 0;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                bestYear = e.getKey();
                bestVotes = e.getValue();
                tie = false;
            } else if (e.getValue() == bestVotes) {
                tie = true;
            }
        }
        if (bestVotes == 0 || tie) {
            return Dating.undated();
        }
        String evidence = "month from the text (" + text.monthEvidence() + "), year " + bestYear + " from "
                + bestVotes + (bestVotes == 1 ? " article" : " articles") + " of the same event";
        return new Dating(LocalDate.of(bestYear, month, 1), DatePrecision.MONTH, DateSource.EVENT, evidence);
    }
}
