package org.huzhu.domain.model.shared;

/**
 * Items read one at a time, never all in memory (a batch step's input, streamed by the database); closing it
 * releases what it holds.
 */
public interface Streamed<T> extends AutoCloseable {

    /** @return the next item, or null after the last */
    T next();

    @Override
    void close();
}
