package org.huzhu.domain.model.plan;

/** Ages in completed years, both ends included. */
public record AgeRange(int youngest, int oldest) {

    public AgeRange {
        if (youngest < 0 || oldest < youngest) {
            throw new IllegalArgumentException("not an age range: " + youngest + "–" + oldest);
        }
    }

    public boolean contains(int age) {
        return age >= youngest && age <= oldest;
    }

    @Override
    public String toString() {
        return youngest + "–" + oldest;
    }
}
