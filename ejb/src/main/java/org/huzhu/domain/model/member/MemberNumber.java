package org.huzhu.domain.model.member;

/**
 * A member number, {@code M} + 8 digits: {@code M00001234}, from the {@code MEMBER} number sequence. Never reused.
 * Clerks' registrations and roster imports both make them here.
 */
public record MemberNumber(long sequence) {

    public MemberNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("a member number's sequence starts at 1, not " + sequence);
        }
    }

    public String value() {
        return "M%08d".formatted(sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
