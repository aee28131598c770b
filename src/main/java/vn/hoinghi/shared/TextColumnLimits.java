package vn.hoinghi.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.internal.SessionFactoryImpl;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

/**
 * The last guard for every text the services save: a text longer than its column holds is refused with a message
 * naming the limit, at the field of the same name, instead of ending in the database's error ("unexpected error").
 * The limits are read from the schema itself (the Flyway migrations), so a new column is covered without code.
 * Forms show their limits and services check their own fields first; this catches whatever is left.
 */
@Component
class TextColumnLimits implements PreInsertEventListener, PreUpdateEventListener {

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    /** "table.column" (lower case) to its length in characters. */
    private final Map<String, Integer> limits = new HashMap<>();

    TextColumnLimits(EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
    }

    @PostConstruct
    void register() {
        jdbc.sql("select table_name, column_name, character_maximum_length from information_schema.columns "
                        + "where character_maximum_length is not null and lower(data_type) like '%char%' "
                        + "and table_schema = current_schema()")
                .query((rs, n) -> {
                    limits.put(key(rs.getString(1), rs.getString(2)), (int) Math.min(rs.getLong(3), Integer.MAX_VALUE));
                    return null;
                }).list();
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImpl.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.PRE_INSERT, this);
        registry.appendListeners(EventType.PRE_UPDATE, this);
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        check(event.getPersister(), event.getState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        check(event.getPersister(), event.getState());
        return false;
    }

    private void check(EntityPersister persister, Object[] state) {
        if (!(persister instanceof AbstractEntityPersister p)) {
            return;
        }
        String table = p.getTableName();
        String[] names = p.getPropertyNames();
        for (int i = 0; i < names.length && i < state.length; i++) {
            if (state[i] instanceof String text) {
                String[] columns = p.getPropertyColumnNames(i);
                Integer max = columns.length == 1 ? limits.get(key(table, columns[0])) : null;
                if (max != null && text.length() > max) {
                    throw BusinessRuleException.onField(names[i], "validation.tooLong", max, text.length());
                }
            }
        }
    }

    private static String key(String table, String column) {
        String t = table.toLowerCase(Locale.ROOT);
        int dot = t.lastIndexOf('.');
        return (dot >= 0 ? t.substring(dot + 1) : t).replace("\"", "") + "."
                + column.toLowerCase(Locale.ROOT).replace("\"", "");
    }
}
