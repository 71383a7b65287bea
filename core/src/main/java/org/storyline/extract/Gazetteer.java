package org.storyline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists of the rule-based extractors (resources next to this class): places, nationalities, titles,
 * organization words, organization names, given names and capitalised function words. Immutable once loaded.
 */
final class Gazetteer {
    private final Set<String> places;
    private final Set<String> demonyms;
    private final Set<String> titles;
    private final Set<String> orgWords;
    private final Set<String> givenNames;
    private final Set<String> stopCaps;
    private final Set<String> orgNames;

    Gazetteer() {
        places = load("places.txt", true);
        demonyms = load("demonyms.txt", true);
        titles = load("titles.txt", true);
        orgWords = load("org-words.txt", false);
        givenNames = load("given-names.txt", false);
        stopCaps = load("stop-caps.txt", false);
        orgNames = load("org-names.txt", true);
    }

    boolean isPlace(String name) {
        return places.contains(name);
    }

    boolean isDemonym(String name) {
        return demonyms.contains(name);
    }

    /** An organization known by its name alone ("Reuters", "Federal Reserve", "Samsung"). */
    boolean isOrgName(String name) {
        return orgNames.contains(name);
    }

    boolean isTitle(String word) {
        return titles.contains(word);
    }

    boolean isOrgWord(String word) {
        return orgWords.contains(word);
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word) || givenNames.contains(Names.fold(word));
    }

    boolean isStopCap(String word) {
        return stopCaps.contains(word);
    }

    /** Titles in lower case, for stripping them from names whatever their case. */
    boolean isTitleLower(String word) {
        for (String t : titles) {
            if (t.toLowerCase(Locale.ROOT).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a list: one entry per line when {@code lines}, else whitespace-separated words; {@code #} starts a
     * comment line.
     */
    private static Set<String> load(String name, boolean lines) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + Gazetteer.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (lines) {
                    out.add(line);
                } else {
                    for (String w : line.split("\\s+")) {
                        out.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return Set.copyOf(out);
    }
}
