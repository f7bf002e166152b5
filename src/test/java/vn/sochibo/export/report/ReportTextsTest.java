package vn.sochibo.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The addressee line from the superior's name, however it was typed. */
class ReportTextsTest {
    @Test
    void addressee_partyBodyInCapitalsOrNormalCase_namesItsCommitteeInNormalCase() {
        assertEquals("Kính gửi: Đảng ủy phường Hòa Bình", ReportTexts.addressee("ĐẢNG BỘ PHƯỜNG HÒA BÌNH"));
        assertEquals("Kính gửi: Đảng ủy phường Hòa Bình", ReportTexts.addressee("Đảng bộ phường Hòa Bình"));
        assertEquals("Kính gửi: Đảng ủy phường", ReportTexts.addressee(""));
    }
}
