package org.storyline.bench;

import java.util.List;
import org.storyline.bench.ExtractionScores.Prf;

/**
 * The scores of one extractor over a gold set (see {@link ExtractionScores}).
 *
 * @param precision body token precision, macro-averaged over pages
 * @param recall    body token recall, macro-averaged
 * @param f1        body token F1, macro-averaged
 * @param shingleF1 body F1 by the Scrapinghub shingle method
 * @param title     share of exact titles
 * @param date      share of same-day dates, over pages with a gold date
 * @param authors   author-set F1, averaged over pages with gold authors
 */
record ExtractionSummary(double precision, double recall, double f1, double shingleF1, double title, double date,
        double authors) {

    static ExtractionSummary of(List<ExtractionCase> cases, List<Extraction> results) {
        if (cases.size() != results.size() || cases.isEmpty()) {
            throw new IllegalArgumentException("need one result per case, and at least one case");
        }
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double titles = 0;
        double dates = 0;
        double authors = 0;
        int dated = 0;
        int withAuthors = 0;
        for (int i = 0; i < cases.size(); i++) {
            ExtractionCase c = cases.get(i);
            Extraction e = results.get(i);
            Prf body = ExtractionScores.tokens(c.body(), e.body());
            precision += body.precision();
            recall += body.recall();
            f1 += body.f1();
            double[] sh = ExtractionScores.shingles(c.body(), e.body());
            tp += sh[0];
            fp += sh[1];
            fn += sh[2];
            if (ExtractionScores.sameTitle(c.title(), e.title())) {
                titles++;
            }
            if (c.published() != null) {
                dated++;
                if (c.published().equals(e.published())) {
                    dates++;
                }
            }
            if (c.authors() != null) {
                withAuthors++;
                authors += ExtractionScores.authors(c.authors(), e.authors()).f1();
            }
        }
        int n = cases.size();
        return new ExtractionSummary(precision / n, recall / n, f1 / n, Prf.of(tp, tp + fp, tp + fn).f1(), titles / n,
                dated == 0 ? 0 : dates / dated, withAuthors == 0 ? 0 : authors / withAuthors);
    }
}
