package vn.hoinghi.shared;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers that show and accept dd/MM/yyyy whatever the browser's locale, with month and
 * weekday names in the UI language. Calendar names are locale data, so they live here rather
 * than in the message bundles.
 */
public final class DatePickers {

    private static final String FORMAT = "dd/MM/yyyy";
    /** The web component counts weekdays from Sunday = 0; Vietnamese offices start the week on Monday. */
    private static final int MONDAY = 1;

    private static final List<String> VI_MONTHS = List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5",
            "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12");
    private static final List<String> VI_WEEKDAYS = List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm",
            "Thứ sáu", "Thứ bảy");
    private static final List<String> VI_WEEKDAYS_SHORT = List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7");

    private static final List<String> EN_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> EN_WEEKDAYS = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday");
    private static final List<String> EN_WEEKDAYS_SHORT = List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n(isVietnamese()));
        return picker;
    }

    private static boolean isVietnamese() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null || "vi".equals(ui.getLocale().getLanguage());
    }

    private static DatePicker.DatePickerI18n i18n(boolean vietnamese) {
        // date-fns parses "dd" and "MM" leniently, so 2/9/2025 is accepted and shown as 02/09/2025.
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormat(FORMAT)
                .setFirstDayOfWeek(MONDAY);
        if (vietnamese) {
            i18n.setMonthNames(VI_MONTHS)
                    .setWeekdays(VI_WEEKDAYS)
                    .setWeekdaysShort(VI_WEEKDAYS_SHORT)
                    .setToday("Hôm nay")
                    .setCancel("Hủy")
                    .setBadInputErrorMessage("Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 02/09/2025.")
                    .setRequiredErrorMessage("Hãy chọn ngày.");
        } else {
            i18n.setMonthNames(EN_MONTHS)
                    .setWeekdays(EN_WEEKDAYS)
                    .setWeekdaysShort(EN_WEEKDAYS_SHORT)
                    .setToday("Today")
                    .setCancel("Cancel")
                    .setBadInputErrorMessage("Not a valid date: enter it as day/month/year, for example 02/09/2025.")
                    .setRequiredErrorMessage("Choose a date.");
        }
        return i18n;
    }
}
