package org.huzhu.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.huzhu.domain.model.letter.LetterSummary;
import org.huzhu.domain.model.shared.LetterNumber;

/** Issued letters: a member's own and any for staff, and checks that anyone may run on a letter. */
public interface LetterQuery {

    /** Who asks for a letter: staff may read every letter, a member only their own. */
    record Reader(Optional<String> memberNumber) {

        public Reader {
            Objects.requireNonNull(memberNumber, "memberNumber");
        }

        public static Reader staff() {
            return new Reader(Optional.empty());
        }

        /** A member signs in with their member number as user name. */
        public static Reader member(String memberNumber) {
            return new Reader(Optional.of(memberNumber));
        }

        public boolean mayRead(String lettersMemberNumber) {
            return memberNumber.map(lettersMemberNumber::equals).orElse(true);
        }
    }

    /**
     * The signed PDF, or empty when there is no such letter or the reader may not see it: the
     * two look alike, so that a member cannot learn whether someone else's letter exists.
     */
    Optional<byte[]> pdf(LetterNumber number, Reader reader);

    /**
     * The number of the current letter about a claim ({@code HZ…}) or grant ({@code G…}), once issued. The caller
     * has checked that the reader may see the claim or grant.
     */
    Optional<LetterNumber> currentLetterAbout(String subjectNumber);

    /** The member's letters, newest first. */
    List<LetterSummary> lettersOf(String memberNumber);

    /** Whether a file is a letter that was issued, unchanged, current and validly signed. Never throws for a bad file. */
    LetterCheck checkFile(byte[] file);

    /**
     * Whether a letter with this number and the code printed in it was issued, is current and is
     * validly signed. A wrong code answers exactly as an unknown number does.
     */
    LetterCheck checkCode(LetterNumber number, String typedCode);
}
