package org.corpustoolkit.stats;

/**
 * A closed interval {@code [lower, upper]} estimated at some confidence level.
 *
 * @param lower lower bound
 * @param upper upper bound, not below {@code lower}
 */
public record ConfidenceInterval(double lower, double upper) {

    /** Validates that the bounds are numbers and ordered. */
    public ConfidenceInterval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("need lower <= upper, got [" + lower + ", " + upper + "]");
        }
    }

    /**
     * @param value a value
     * @return true if {@code lower ≤ value ≤ upper}
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** @return {@code upper − lower} */
    public double width() {
        return upper - lower;
    }
}
