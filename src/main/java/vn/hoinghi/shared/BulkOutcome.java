package vn.hoinghi.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What an action on several items did: each item is done on its own (one refusal does not undo the others, so a
 * task a colleague took meanwhile does not stop the rest), and each refusal keeps its rule for the message.
 */
public record BulkOutcome(int done, List<Refusal> refused) {

    /** An item that was not done (as the caller named it: a task id, an assembly id) and the rule that refused it. */
    public record Refusal(String item, String messageKey, Object[] args) {
    }

    /** Runs the action on each item; a broken rule is collected, anything else propagates. */
    public static <T> BulkOutcome of(List<T> items, Function<T, String> name, Consumer<T> action) {
        int done = 0;
        List<Refusal> refused = new ArrayList<>();
        for (T item : items) {
            try {
                action.accept(item);
                done++;
            } catch (RuntimeException e) {
                BusinessRuleException rule = Errors.findRule(e);
                if (rule == null) {
                    throw e;
                }
                refused.add(new Refusal(name.apply(item), rule.messageKey(), rule.args()));
            }
        }
        return new BulkOutcome(done, List.copyOf(refused));
    }
}
