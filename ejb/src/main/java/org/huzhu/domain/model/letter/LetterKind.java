package org.huzhu.domain.model.letter;

/** What a letter is about, as the register of issued letters files it. */
public enum LetterKind {
    SETTLEMENT, GRANT, CONDOLENCE;

    public static LetterKind of(LetterContent content) {
        return switch (content) {
            case SettlementLetterContent settlement -> SETTLEMENT;
            case GrantLetterContent grant -> grant.kind() == GrantLetterContent.Kind.GRANT ? GRANT : CONDOLENCE;
        };
    }
}
