package org.storyline.dates;

import java.time.Month;
import org.storyline.model.Dating;

/**
 * What an article's text says about its own date.
 *
 * @param dating            the date with evidence (source TEXT), or undated
 * @param monthWithoutYear  when the text pins the month but gives no year ("In November … This month …"), that
 *                          month; else null. An event-level step may complete the year from other articles.
 * @param monthEvidence     the phrases that pinned that month, or null
 */
public record TextDateResult(Dating dating, Month monthWithoutYear, String monthEvidence) {}
