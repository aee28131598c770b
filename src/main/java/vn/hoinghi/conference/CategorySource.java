package vn.hoinghi.conference;

/** Where a category's count comes from: typed in, or counted from the app's data. */
public enum CategorySource {
    TYPED, PRINCIPALS, UNION_CHAIRS, AWARDED;

    public String messageKey() {
        return "conference.categorySource." + name();
    }
}
