package org.huzhu.domain.model.grant;

/** A member's hardship file (困难职工档案) valid on the run date, or none. */
public enum HardshipLevel {
    NONE,
    /** 相对困难 */
    RELATIVE,
    /** 深度困难 */
    DEEP
}
