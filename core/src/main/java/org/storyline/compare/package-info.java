/**
 * Cross-source comparison of an event's articles: sentences, facts (quantities, dates, quotes, names, claims)
 * aligned across provenance families with one vote per family; agreements, contradictions, exclusive facts,
 * omissions and framing ({@link org.storyline.compare.EventComparer}).
 */
package org.storyline.compare;
