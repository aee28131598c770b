package vn.hoinghi.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Today and now in Vietnam, whatever zone the server runs in: deadlines and timestamps are Vietnamese. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The day a past season is replayed on, on this thread only (demo data, tests); null: the real clock. */
    private static final ThreadLocal<LocalDate> REPLAYED = new ThreadLocal<>();

    private VietnamTime() {
    }

    public static LocalDate today() {
        LocalDate replayed = REPLAYED.get();
        return replayed != null ? replayed : LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        LocalDate replayed = REPLAYED.get();
        LocalDateTime real = LocalDateTime.now(ZONE);
        return replayed != null ? replayed.atTime(real.toLocalTime()) : real;
    }

    /**
     * Runs the work as if today were that day, on this thread: for loading a past season (demo schools that filed
     * weeks ago) through the same services that stamp the server's date. No user request reaches this.
     */
    public static void replaying(LocalDate day, Runnable work) {
        LocalDate before = REPLAYED.get();
        REPLAYED.set(day);
        try {
            work.run();
        } finally {
            REPLAYED.set(before);
        }
    }
}
