package org.huzhu.interfaces.rest;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.huzhu.application.UploadedFiles;
import org.huzhu.domain.model.shared.Violation;

/** JSON pieces that several resources answer with. */
public final class JsonViews {

    private JsonViews() {
    }

    public static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return JSON.createArrayBuilder();
    }

    /** Rule failures as {@code [{code, field, message}]}, each message in the caller's language. */
    public static JsonArrayBuilder violations(List<Violation> violations, Language language) {
        JsonArrayBuilder list = array();
        for (Violation violation : violations) {
            list.add(object().add("code", violation.code()).add("field", violation.field())
                    .add("message", language.pick(violation.messageZh(), violation.messageEn())));
        }
        return list;
    }

    /** A stored upload as {@code {fileId, fileName, size, sha256}}. */
    public static JsonObjectBuilder storedFile(UploadedFiles.StoredFile stored) {
        return object().add("fileId", stored.fileId()).add("fileName", stored.fileName())
                .add("size", stored.sizeBytes()).add("sha256", stored.sha256());
    }

    /** Adds a value only when there is one: absent and null mean the same to our clients. */
    public static JsonObjectBuilder addIfPresent(JsonObjectBuilder object, String name, Object value) {
        return value == null ? object : object.add(name, value.toString());
    }
}
