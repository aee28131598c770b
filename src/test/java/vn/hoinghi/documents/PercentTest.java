package vn.hoinghi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void percentages_in_documents_round_half_up_with_a_decimal_comma() {
        assertThat(Words.percent(45, 80)).isEqualTo("56,3%");
        assertThat(Words.percent(1, 8)).isEqualTo("12,5%");
        assertThat(Words.percent(1, 16)).isEqualTo("6,3%");
        assertThat(Words.percent(25, 27)).isEqualTo("92,6%");
        assertThat(Words.percent(10, 27)).isEqualTo("37%");
        assertThat(Words.percent(27, 27)).isEqualTo("100%");
        assertThat(Words.percent(0, 0)).isEqualTo("0%");
    }
}
