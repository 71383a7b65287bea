package org.storyline.ingest.html;

import java.util.regex.Pattern;

/** Rules on a single block's text: labels, bylines, credits and datelines that are never body paragraphs. */
final class BlockRules {
    private BlockRules() {
    }

    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^[(\\[]?\\s*(©|\\(c\\)|copyright|foto|fotos|photo|photos|bild|bilder|image|images|picture|"
                    + "quelle|source|credit|crédit|grafik|illustration|video)\\b.{0,120}$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?u)^(By|BY|by|Von|VON|von|Par|PAR|par|Por|POR|por|Di|Af|Av|Door|Text:|Autor:|Autorin:|Author:)\\s+"
                    + "\\p{Lu}.{0,100}$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?u)^[\\p{N}\\p{P}\\p{Z}\\s]*(\\p{L}+[\\p{N}\\p{P}\\p{Z}\\s]+){0,4}\\p{N}{1,4}[\\p{N}\\p{P}\\p{Z}\\s]*"
                    + "(Uhr|h|am|pm|AM|PM|GMT|UTC|CET|CEST|ET|EST|EDT)?\\.?$");

    /** True for a short block that is a label, a byline, a photo credit or a bare date rather than text. */
    static boolean noise(Block b) {
        String t = b.text();
        int n = t.length();
        if (n > 160) {
            return false;
        }
        if (CREDIT.matcher(t).matches() || BYLINE.matcher(t).matches() || DATELINE.matcher(t).matches()) {
            return true;
        }
        return n < 25 && !endsSentence(t);
    }

    static boolean endsSentence(String t) {
        char last = t.charAt(t.length() - 1);
        return switch (last) {
            case '.', '!', '?', '…', ':', ';', '"', '\'', '”', '“', '»', '«', '’', ')', '。', '！', '？', '」', '』' -> true;
            default -> false;
        };
    }
}
