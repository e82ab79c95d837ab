package org.huzhu.domain.model.grant;

public enum GrantKind {
    /** 帮扶金, within the budget */
    GRANT,
    /** 慰问金, outside the budget */
    CONDOLENCE
}
