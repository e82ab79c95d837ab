package org.huzhu.domain.model.member;

/** The member's hardship file (困难职工档案), which lowers the bar for a hardship grant and raises its rate. */
public enum HardshipLevel {
    NONE("无"),
    RELATIVE("相对困难"),
    DEEP("深度困难");

    private final String label;

    HardshipLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
