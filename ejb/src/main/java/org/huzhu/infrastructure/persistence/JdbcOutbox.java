package org.huzhu.infrastructure.persistence;

import static org.huzhu.domain.model.shared.SharedJsonProvider.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.huzhu.domain.model.notice.Notice;
import org.huzhu.domain.model.notice.Outbox;
import org.huzhu.infrastructure.HuzhuSettings;
import org.huzhu.infrastructure.notice.NoticesPosted;

/**
 * The outbox in table {@code outbox} (V14), written on the caller's connection so that it commits with the event.
 * Each notice is kept fitted to two SMS segments ({@link Notice#fittedTo}), its values as they were sent.
 */
@ApplicationScoped
public class JdbcOutbox extends SqlRepository implements Outbox {

    private static final String INSERT = "INSERT INTO outbox (phone, kind, parameters, text) VALUES (?, ?, ?::jsonb, ?)";

    @Inject
    private Event<NoticesPosted> posted;

    JdbcOutbox() {
        super("outbox");
    }

    @Override
    public void post(Notice notice) {
        postAll(List.of(notice));
    }

    @Override
    public void postAll(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        String signName = HuzhuSettings.required(HuzhuSettings.UNION_NAME);
        sql().batch(INSERT, notices.stream().map(notice -> row(notice.fittedTo(signName), signName)).toList());
        posted.fire(new NoticesPosted(notices.size()));
    }

    private static Object[] row(Notice notice, String signName) {
        JsonObjectBuilder parameters = JSON.createObjectBuilder();
        notice.parameters().forEach(parameters::add);
        return new Object[] {notice.to().number(), notice.kind().name(), parameters.build().toString(),
                notice.text(signName)};
    }
}
