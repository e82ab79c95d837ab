package org.huzhu.infrastructure.pdf;

/** A rectangle on a page in PDF points (1/72 inch) from the lower left corner. */
record PageArea(float x, float y, float width, float height) {

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return y + height / 2;
    }
}
