package vn.hoinghi.supervision;

/** How a tracker row reads, the same on the page and in the exported files. */
public final class TrackerTexts {

    /** A message bundle lookup: the page's getTranslation, or the export's fixed Vietnamese. */
    @FunctionalInterface
    public interface Translator {
        String t(String key, Object... args);
    }

    private TrackerTexts() {
    }

    public static String stage(TrackerRow row, Translator tr) {
        if (row.stage() == vn.hoinghi.assembly.Stage.CANCELLED && row.cancelReason() != null) {
            return tr.t("tracker.cancelled", row.cancelReason());
        }
        return row.stage() == null ? tr.t("tracker.notLaunched") : tr.t(row.stage().messageKey());
    }

    public static String state(TrackerRow row, Translator tr) {
        return row.state() == FilingState.OVERDUE ? tr.t("filingState.overdueDays", row.daysOverdue())
                : tr.t(row.state().messageKey());
    }

    public static String yesNo(Boolean value, Translator tr) {
        return value == null ? "" : tr.t(value ? "tracker.yes" : "tracker.no");
    }

    public static String board(TrackerRow row, Translator tr) {
        if (row.boardElected() == null) {
            return row.assemblyId() == null ? "" : tr.t("tracker.board.notThisYear");
        }
        return tr.t(row.boardElected() ? "tracker.board.elected" : "tracker.board.pending");
    }

    public static String attendance(TrackerRow row, Translator tr) {
        return row.present() == null ? "" : tr.t("tracker.attendance", row.present(), row.convened());
    }
}
