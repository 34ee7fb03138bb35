package org.leadbureau.portal.platform.search;

/**
 * A summary of a set of (id, version) pairs that does not depend on their order: how many, and the sum of a
 * 64-bit mix of each pair. The database and the index agree when both sides give the same fingerprint; a row
 * changed behind the index's back (a restored backup, an edit by hand that raised the version) changes it even
 * when the counts match. Memory stays constant however many rows there are.
 */
public final class Fingerprint {

    /** The index field that holds each document's entity version. */
    public static final String FIELD = "version";

    private long count;
    private long sum;

    /** Adds one row; a document indexed without a version (an older index) counts as version -1. */
    public Fingerprint add(long id, Long version) {
        count++;
        sum += mix(id * 0x9E3779B97F4A7C15L + (version == null ? -1 : version));
        return this;
    }

    public long count() {
        return count;
    }

    /** SplitMix64's finaliser: a change in any bit of the pair changes about half the bits of the result. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && count == that.count && sum == that.sum;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sum);
    }

    @Override
    public String toString() {
        return count + " documents, checksum " + Long.toHexString(sum);
    }
}
