package vn.hoinghi.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Today and now in Vietnam, whatever zone the server runs in: deadlines and timestamps are Vietnamese. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
