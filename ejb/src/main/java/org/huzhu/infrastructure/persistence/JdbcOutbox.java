package org.huzhu.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.Outbox;
import org.huzhu.infrastructure.HuzhuSettings;

/** The outbox in table {@code outbox} (V14), written on the caller's connection so that it commits with the event. */
@ApplicationScoped
public class JdbcOutbox extends SqlRepository implements Outbox {

    JdbcOutbox() {
        super("outbox");
    }

    @Override
    public void post(Notice notice) {
        JsonObjectBuilder parameters = Json.createObjectBuilder();
        notice.parameters().forEach(parameters::add);
        sql().update("INSERT INTO outbox (phone, kind, parameters, text) VALUES (?, ?, ?::jsonb, ?)",
                notice.to().number(), notice.kind().name(), parameters.build().toString(),
                notice.text(HuzhuSettings.required(HuzhuSettings.UNION_NAME)));
    }
}
