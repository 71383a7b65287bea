package org.storyline.dedupe;

import com.carrotsearch.hppc.IntIntHashMap;
import com.carrotsearch.hppc.ObjectIntHashMap;
import com.carrotsearch.hppc.cursors.IntIntCursor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything near-duplicate detection needs to continue where it stopped: the sketch of every indexed article,
 * the original each one belongs to (itself for an original), and the LSH buckets. Articles are added one at a
 * time, and every query sees everything added before, so feeding a collection in batches gives the same answers
 * as feeding it at once. Exact copies need not be indexed (their original is). Checkpointed as bytes
 * ({@link #toBytes()}); the store instead keeps each article's sketch with the article and rebuilds the index
 * from them ({@link #add} in store order), so that a commit writes only the new batch. Not thread-safe.
 */
public final class NearDuplicateIndex {
    /** Entries walked per LSH bucket and query, newest first (bounds the cost of crowded buckets). */
    static final int MAX_BUCKET_SCAN = 16;
    /**
     * Candidates verified per query: those sharing the most LSH buckets (the number of equal bands estimates
     * Jaccard), ties to the earliest. A story copied hundreds of times makes hundreds of candidates that share
     * nearly every bucket; verifying a few of them finds a version above the threshold just as well, and keeps
     * the cost per article constant as families grow.
     */
    static final int MAX_VERIFIED = 8;
    private static final int MAGIC = 0x4E445831; // "NDX1"

    private final NearDuplicateSettings settings;
    private final LshIndex lsh;
    private final List<String> ids = new ArrayList<>();
    private final List<String> roots = new ArrayList<>();
    private final List<TextSketch> sketches = new ArrayList<>();
    private final ObjectIntHashMap<String> ordinals = new ObjectIntHashMap<>();
    private final IntIntHashMap candidates = new IntIntHashMap();

    public NearDuplicateIndex(NearDuplicateSettings settings) {
        this.settings = settings;
        this.lsh = new LshIndex(settings.bands(), MAX_BUCKET_SCAN);
    }

    public NearDuplicateSettings settings() {
        return settings;
    }

    /** Number of indexed articles. */
    public int size() {
        return ids.size();
    }

    public boolean contains(String id) {
        return ordinals.containsKey(id);
    }

    /** The original of an indexed article (its own id for an original), or empty when it is not indexed. */
    public Optional<String> rootOf(String id) {
        int i = ordinals.getOrDefault(id, -1);
        return i < 0 ? Optional.empty() : Optional.of(roots.get(i));
    }

    /**
     * The closest earlier version of a text, when there is one at or above the threshold.
     *
     * @param id          the version it is closest to
     * @param original    the original of that version's family
     * @param jaccard     shingle Jaccard similarity (exact, or bottom-k estimated for long texts)
     * @param containment shared shingles over the smaller text's shingles
     */
    public record Match(String id, String original, double jaccard, double containment) {}

    /**
     * The indexed article most similar to {@code sketch} with Jaccard ≥ the threshold (ties: the earliest), or
     * empty. Candidates come from the LSH buckets only, no comparison with the whole index; of them, the
     * {@value #MAX_VERIFIED} sharing the most buckets are verified.
     */
    public Optional<Match> bestMatch(TextSketch sketch) {
        checkFormat(sketch);
        if (sketch.isEmpty()) {
            return Optional.empty();
        }
        candidates.clear();
        lsh.candidates(sketch.bandKeys(), candidates);
        int best = -1;
        TextSketch.Similarity bestSim = null;
        for (int c : mostShared(candidates)) {
            TextSketch.Similarity sim = sketch.similarity(sketches.get(c));
            if (sim.jaccard() >= settings.threshold() && (best < 0 || sim.jaccard() > bestSim.jaccard()
                    || (sim.jaccard() == bestSim.jaccard() && c < best))) {
                best = c;
                bestSim = sim;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        return Optional.of(new Match(ids.get(best), roots.get(best), bestSim.jaccard(), bestSim.containment()));
    }

    /** The {@value #MAX_VERIFIED} candidates sharing the most buckets, ties to the earliest (deterministic). */
    private static int[] mostShared(IntIntHashMap counts) {
        // more shared buckets first, then lower ordinal, as one key: smallest keys wanted, kept sorted in top
        long[] top = new long[MAX_VERIFIED];
        int kept = 0;
        for (IntIntCursor c : counts) {
            long key = ((long) (Integer.MAX_VALUE - c.value) << 32) | c.key;
            if (kept == top.length && key >= top[kept - 1]) {
                continue;
            }
            int at = kept == top.length ? kept - 1 : kept++;
            while (at > 0 && top[at - 1] > key) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = key;
        }
        int[] out = new int[kept];
        for (int j = 0; j < kept; j++) {
            out[j] = (int) top[j];
        }
        return out;
    }

    /**
     * Indexes an article.
     *
     * @param original the original of its family, or null when it is one itself
     * @throws IllegalArgumentException for an id indexed already, an empty sketch or one of other settings
     */
    public void add(String id, TextSketch sketch, String original) {
        checkFormat(sketch);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an indexed article needs an id");
        }
        if (sketch.isEmpty()) {
            throw new IllegalArgumentException("article " + id + " has no words: an empty sketch is not indexed");
        }
        if (ordinals.containsKey(id)) {
            throw new IllegalArgumentException("article " + id + " is indexed already; nothing was changed");
        }
        ordinals.put(id, lsh.add(sketch.bandKeys()));
        ids.add(id);
        roots.add(original == null || original.equals(id) ? id : original);
        sketches.add(sketch);
    }

    private void checkFormat(TextSketch sketch) {
        if (sketch.format() != settings.sketchFormat()) {
            throw new IllegalArgumentException("sketch was made with other near-duplicate settings (format "
                    + sketch.format() + ", index " + settings.sketchFormat() + ")");
        }
    }

    /** The whole index as bytes: entries in insertion order (the LSH buckets are rebuilt on reading). */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(settings.sketchFormat());
            out.writeInt(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                writeString(out, ids.get(i));
                String root = roots.get(i);
                if (root.equals(ids.get(i))) {
                    out.writeInt(-1);
                } else {
                    writeString(out, root);
                }
                byte[] s = sketches.get(i).toBytes();
                out.writeInt(s.length);
                out.write(s);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@link #toBytes()} back under {@code settings} (which must make the same sketches). */
    public static NearDuplicateIndex fromBytes(byte[] bytes, NearDuplicateSettings settings) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a near-duplicate index checkpoint");
            }
            int format = in.readInt();
            if (format != settings.sketchFormat()) {
                throw new IllegalArgumentException("checkpoint was made with other near-duplicate settings (format "
                        + format + ", expected " + settings.sketchFormat() + ")");
            }
            int n = in.readInt();
            if (n < 0) {
                throw new IllegalArgumentException("corrupt checkpoint: " + n + " entries");
            }
            NearDuplicateIndex index = new NearDuplicateIndex(settings);
            for (int i = 0; i < n; i++) {
                String id = readString(in);
                int rootLength = in.readInt();
                String root = rootLength < 0 ? null : readString(in, rootLength);
                byte[] s = new byte[checkLength(in.readInt())];
                in.readFully(s);
                index.add(id, TextSketch.fromBytes(s, settings), root);
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("corrupt checkpoint: bytes after the last of " + n + " entries");
            }
            return index;
        } catch (EOFException e) {
            throw new IllegalArgumentException("corrupt checkpoint: truncated at " + bytes.length + " bytes", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        return readString(in, in.readInt());
    }

    private static String readString(DataInputStream in, int length) throws IOException {
        byte[] b = new byte[checkLength(length)];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int checkLength(int length) {
        if (length < 0 || length > (1 << 26)) {
            throw new IllegalArgumentException("corrupt checkpoint: field length " + length);
        }
        return length;
    }
}
