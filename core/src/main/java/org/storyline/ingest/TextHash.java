package org.storyline.ingest;

/** A 64-bit hash of a text, compact enough to keep one per article id while telling different texts apart. */
final class TextHash {
    private TextHash() {
    }

    static long of(String text) {
        long h = 0xcbf29ce484222325L; // FNV-1a over UTF-16 units ...
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= text.length();
        // ... finished with the MurmurHash3 fmix64 avalanche so every input bit reaches every output bit.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
