package vn.hoinghi.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoinghi.school.SchoolDirectory;
import vn.hoinghi.security.AppUser;
import vn.hoinghi.security.CurrentUser;
import vn.hoinghi.shared.BusinessRuleException;
import vn.hoinghi.shared.VietnamTime;

/**
 * The inbox's named filters: one's own, and those colleagues shared with the school (or the supervising body).
 * A shared filter is never seen outside its own school or body.
 */
@Service
@Transactional
public class SavedFilters {

    public static final int NAME_MAX = 80;
    public static final int SEARCH_MAX = 200;

    /** A saved filter as the inbox lists it. */
    public record SavedFilter(long id, String name, TaskFilter filter, boolean shared, boolean mine,
                              String ownerName) {
    }

    private final SavedTaskFilterRepository filters;
    private final SchoolDirectory directory;

    SavedFilters(SavedTaskFilterRepository filters, SchoolDirectory directory) {
        this.filters = filters;
        this.directory = directory;
    }

    /** My filters and the ones shared with my school or body, by name. */
    @Transactional(readOnly = true)
    public List<SavedFilter> visible() {
        AppUser user = CurrentUser.require();
        // -1 matches no school or body: a person outside any sees only their own
        List<SavedTaskFilter> found = filters.visible(user.getUsername(),
                user.schoolId() == null ? -1L : user.schoolId(),
                user.schoolId() != null || user.supervisingBodyId() == null ? -1L : user.supervisingBodyId());
        Map<String, String> owners = directory.displayNames(found.stream().map(SavedTaskFilter::getOwner).toList());
        List<SavedFilter> out = new ArrayList<>();
        for (SavedTaskFilter f : found) {
            out.add(new SavedFilter(f.getId(), f.getName(), f.filter(), f.isShared(),
                    f.getOwner().equals(user.getUsername()), owners.getOrDefault(f.getOwner(), f.getOwner())));
        }
        out.sort(Comparator.comparing(SavedFilter::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** Saves the filter under the name (replacing my own of that name); shared with my school or body when asked. */
    public SavedFilter save(String name, TaskFilter filter, boolean shared) {
        AppUser user = CurrentUser.require();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw BusinessRuleException.onField("name", "inbox.filter.nameRequired");
        }
        if (n.length() > NAME_MAX) {
            throw BusinessRuleException.onField("name", "inbox.filter.nameTooLong", NAME_MAX);
        }
        if (filter.search().length() > SEARCH_MAX) {
            throw BusinessRuleException.onField("search", "inbox.filter.searchTooLong", SEARCH_MAX);
        }
        if (shared && user.schoolId() == null && user.supervisingBodyId() == null) {
            throw BusinessRuleException.onField("shared", "inbox.filter.nobodyToShareWith");
        }
        SavedTaskFilter f = filters.findByOwnerAndName(user.getUsername(), n).orElseGet(() -> new SavedTaskFilter(
                n, user.getUsername(), user.schoolId(), user.schoolId() == null ? user.supervisingBodyId() : null,
                VietnamTime.now()));
        f.apply(filter, shared);
        f = filters.save(f);
        return new SavedFilter(f.getId(), f.getName(), f.filter(), f.isShared(), true, user.fullName());
    }

    /** Deletes one of my own filters; another's, even a shared one, is refused. */
    public void delete(long id) {
        AppUser user = CurrentUser.require();
        SavedTaskFilter f = filters.findById(id).orElseThrow(() -> new BusinessRuleException("error.notFound"));
        if (!f.getOwner().equals(user.getUsername())) {
            throw new BusinessRuleException("inbox.filter.notYours");
        }
        filters.delete(f);
    }
}
