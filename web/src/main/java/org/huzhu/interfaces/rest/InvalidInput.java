package org.huzhu.interfaces.rest;

import java.util.List;

/** The request body cannot be read as what the resource expects: 400, naming every bad field. */
public class InvalidInput extends RuntimeException {

    private final List<Problem.FieldError> errors;
    private final String title;

    public InvalidInput(String title, List<Problem.FieldError> errors) {
        super(title);
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public Problem toProblem() {
        return new Problem(400, "invalid-input", title, null, errors);
    }
}
