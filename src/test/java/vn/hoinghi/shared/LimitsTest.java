package vn.hoinghi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void an_upload_is_read_up_to_its_limit_and_refused_as_soon_as_it_passes_it() throws IOException {
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(new byte[1001]), 1000)).isNull();
        // an endless 50 MB request: reading stops just past the limit, the rest is never read
        CountingStream endless = new CountingStream(50L * 1024 * 1024);
        assertThat(LimitedUpload.readAtMost(endless, 10L * 1024 * 1024)).isNull();
        assertThat(endless.read).isLessThan(10L * 1024 * 1024 + 16 * 1024);
    }

    @Test
    void csv_cells_that_look_like_formulas_are_written_as_text() {
        assertThat(Spreadsheets.csvText("=1+1")).isEqualTo("'=1+1");
        assertThat(Spreadsheets.csvText("+84 912")).isEqualTo("'+84 912");
        assertThat(Spreadsheets.csvText("-2")).isEqualTo("'-2");
        assertThat(Spreadsheets.csvText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Spreadsheets.csvText("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(Spreadsheets.csvText("Thiếu bản scan")).isEqualTo("Thiếu bản scan");
        assertThat(Spreadsheets.csvText("")).isEmpty();
        assertThat(Spreadsheets.csvText(null)).isEmpty();
    }

    @Test
    void a_text_past_its_limit_is_refused_at_its_field_and_a_date_of_what_happened_not_after_today() {
        Checks.text("note", "x".repeat(Checks.NOTE), Checks.NOTE);
        assertThatThrownBy(() -> Checks.text("note", "x".repeat(Checks.NOTE + 1), Checks.NOTE))
                .hasMessage("validation.tooLong")
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("note"));
        Checks.notInFuture("heldOn", VietnamTime.today());
        assertThatThrownBy(() -> Checks.notInFuture("heldOn", VietnamTime.today().plusDays(1)))
                .hasMessage("validation.dateInFuture");
    }

    /** Zeros without end (up to a size), counting what was read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read++ < size ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }
}
