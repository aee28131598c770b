package vn.hoinghi.tasks.ui;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.HasListDataView;

/**
 * Every input of a form, by its place in the component tree, as text: what a task's draft saves and what tells
 * whether anything was typed since. Lists of rows record how many rows they had first, so the rows exist again
 * before their fields are filled. Items of a choice are kept by a stable key (an enum's name, a record's id).
 */
final class FormSnapshot {

    private static final String SEP = "\u001f";

    private FormSnapshot() {
    }

    static Map<String, String> take(Component root) {
        Map<String, String> values = new TreeMap<>();
        walk(root, "f", (path, c) -> {
            if (c instanceof RowList<?, ?> rows) {
                values.put(path + "#rows", String.valueOf(rows.rows().size()));
            } else if (c instanceof HasValue<?, ?> field && !field.isReadOnly()) {
                String encoded = encode(c, field.getValue());
                if (encoded != null) {
                    values.put(path, encoded);
                }
            }
        }, true);
        return values;
    }

    /** Fills the form from a snapshot; an input whose saved value no longer fits (an item gone) is left as it is. */
    static void restore(Component root, Map<String, String> values) {
        walk(root, "f", (path, c) -> {
            if (c instanceof RowList<?, ?> rows) {
                String count = values.get(path + "#rows");
                if (count != null) {
                    rows.resize(Integer.parseInt(count));
                }
            } else if (c instanceof HasValue<?, ?> field && !field.isReadOnly() && values.containsKey(path)) {
                try {
                    set(c, field, values.get(path));
                } catch (RuntimeException e) {
                    // a value that does not fit any more (the list of people changed): keep what the form shows
                }
            }
        }, false);
    }

    static String write(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<String, String> read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text == null ? "" : text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        p.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    /**
     * Visits the components depth first, a row list before its rows; on restore the children are listed after
     * the visit, so the rows a list has just added are visited too.
     */
    private static void walk(Component c, String path, BiConsumer<String, Component> visit, boolean snapshot) {
        if (c instanceof Upload) {
            return;
        }
        visit.accept(path, c);
        if (c instanceof HasValue<?, ?> && !(c instanceof RowList<?, ?>)) {
            return; // a field's own parts are not inputs of the form
        }
        List<Component> children = c.getChildren().toList();
        for (int i = 0; i < children.size(); i++) {
            walk(children.get(i), path + "." + i, visit, snapshot);
        }
    }

    private static String encode(Component c, Object value) {
        if (value == null) {
            return "n:";
        }
        if (value instanceof String s) {
            return "s:" + s;
        }
        if (value instanceof Boolean b) {
            return "b:" + b;
        }
        if (value instanceof Integer i) {
            return "i:" + i;
        }
        if (value instanceof Long l) {
            return "l:" + l;
        }
        if (value instanceof Double d) {
            return "x:" + d;
        }
        if (value instanceof BigDecimal d) {
            return "m:" + d.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return "d:" + d;
        }
        if (value instanceof LocalDateTime d) {
            return "dt:" + d;
        }
        if (value instanceof LocalTime t) {
            return "t:" + t;
        }
        if (value instanceof Collection<?> items) {
            return "k*:" + items.stream().map(FormSnapshot::key).sorted().collect(Collectors.joining(SEP));
        }
        if (c instanceof HasListDataView<?, ?>) {
            return "k:" + key(value);
        }
        return null; // a value this form keeps no draft of
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(Component c, HasValue field, String encoded) {
        int colon = encoded.indexOf(':');
        String kind = encoded.substring(0, colon);
        String text = encoded.substring(colon + 1);
        Object value = switch (kind) {
            case "n" -> field.getEmptyValue();
            case "s" -> text;
            case "b" -> Boolean.valueOf(text);
            case "i" -> Integer.valueOf(text);
            case "l" -> Long.valueOf(text);
            case "x" -> Double.valueOf(text);
            case "m" -> new BigDecimal(text);
            case "d" -> LocalDate.parse(text);
            case "dt" -> LocalDateTime.parse(text);
            case "t" -> LocalTime.parse(text);
            case "k" -> items(c).stream().filter(i -> key(i).equals(text)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("item gone"));
            case "k*" -> {
                Set<String> keys = text.isEmpty() ? Set.of() : Set.of(text.split(SEP));
                yield items(c).stream().filter(i -> keys.contains(key(i)))
                        .collect(Collectors.toCollection(LinkedHashSet::new));
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        };
        if (!java.util.Objects.equals(field.getValue(), value)) {
            field.setValue(value);
        }
    }

    private static List<Object> items(Component c) {
        if (c instanceof HasListDataView<?, ?> list) {
            return new ArrayList<>(list.getListDataView().getItems().toList());
        }
        return List.of();
    }

    /** An enum by name, a record or entity by its id, anything else by its text. */
    private static String key(Object item) {
        if (item instanceof Enum<?> e) {
            return e.name();
        }
        try {
            Method id = item.getClass().getMethod("id");
            return "#" + id.invoke(item);
        } catch (ReflectiveOperationException e) {
            return String.valueOf(item);
        }
    }
}
