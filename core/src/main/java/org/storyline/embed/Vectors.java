package org.storyline.embed;

/** Small helpers over dense float vectors. */
public final class Vectors {
    private Vectors() {
    }

    /** The dot product; for unit vectors, their cosine similarity. */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + " and " + b.length);
        }
        float s = 0f;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** A copy scaled to unit length; the zero vector stays zero. */
    public static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        float[] out = v.clone();
        if (norm == 0) {
            return out;
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        for (int i = 0; i < out.length; i++) {
            out[i] *= inv;
        }
        return out;
    }

    /** The normalized mean of the given vectors (a centroid direction); zero when there are none. */
    public static float[] meanDirection(Iterable<float[]> vectors, int dimension) {
        float[] sum = new float[dimension];
        for (float[] v : vectors) {
            for (int i = 0; i < dimension; i++) {
                sum[i] += v[i];
            }
        }
        return normalized(sum);
    }

    public static boolean isZero(float[] v) {
        for (float x : v) {
            if (x != 0f) {
                return false;
            }
        }
        return true;
    }
}
