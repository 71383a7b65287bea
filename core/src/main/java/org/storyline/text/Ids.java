package org.storyline.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic short ids and content hashes. */
public final class Ids {
    private Ids() {}

    /** Hex SHA-1 of the UTF-8 bytes of {@code s}. */
    public static String sha1(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }

    /** {@code prefix + "-" + first 10 hex digits of sha1(seed)}: stable ids for events and storylines. */
    public static String derived(String prefix, String seed) {
        return prefix + "-" + sha1(seed).substring(0, 10);
    }
}
