package vn.sochibo.ui.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.sochibo.ui.branch.Histories.official;
import static vn.sochibo.ui.branch.Histories.probationary;
import static vn.sochibo.ui.branch.Histories.transferredOut;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.sochibo.model.Issue;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.DocumentSettings;
import vn.sochibo.model.branch.MeetingDay;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.testutil.TestUi;
import vn.sochibo.ui.common.UiContext;

class BranchProfileDialogViewModelTest {
    private static final List<MemberHistory> MEMBERS = List.of(official(1, "Nguyễn Văn An"),
            official(2, "Trần Thị Bình"), official(3, "Lê Văn Cường"), probationary(4, "Phạm Minh Dũng"),
            transferredOut(5, "Hoàng Văn Em"));
    private final TestUi t = new TestUi();

    @AfterEach
    void removePreferences() {
        t.dispose();
    }

    private static BranchProfile sample() {
        return new BranchProfile("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH", "CHI BỘ KHU PHỐ 3", "Hoà Bình", LocalDate.of(2025, 5, 15),
                LocalDate.of(2030, 5, 15), List.of(new Officer(1, OfficerRole.SECRETARY),
                new Officer(2, OfficerRole.DEPUTY_SECRETARY)), new MeetingDay(MeetingDay.Kind.DAY_OF_MONTH, 5, 1,
                DayOfWeek.SUNDAY), LocalTime.of(19, 30), "Nhà văn hoá khu phố 3",
                new DocumentSettings("KP3", false, 25, 25, 35, 15));
    }

    private BranchProfileDialogViewModel form(BranchProfile current) {
        return new BranchProfileDialogViewModel(t.ui, current, MEMBERS);
    }

    private String message(BranchProfileDialogViewModel vm, ProfileField field) {
        Issue issue = vm.issueFor(field);
        return issue == null ? null : t.ui.i18n().issue(issue);
    }

    @Test
    void save_formFilledFromProfile_returnsTheSameProfile() {
        BranchProfileDialogViewModel vm = form(sample());

        assertTrue(vm.save());
        assertEquals(sample(), vm.result());
    }

    @Test
    void save_newBranchWithEmptyNames_refusesAndListsEachFieldWithWhatIsExpected() {
        BranchProfileDialogViewModel vm = form(null);

        assertFalse(vm.save());
        String errors = vm.errorsTextProperty().get();
        assertTrue(errors.startsWith("Chưa lưu được. Vui lòng sửa các ô được đánh dấu:"), errors);
        assertTrue(errors.contains("Cấp ủy cấp trên (dòng in trên văn bản): cần nhập"), errors);
        assertTrue(errors.contains("Tên chi bộ: cần nhập"), errors);
        assertTrue(errors.contains("Địa danh ghi ngày tháng: cần nhập"), errors);
        assertEquals(ProfileField.SUPERIOR_NAME, vm.focusRequestProperty().get());
    }

    @Test
    void issueFor_emptyNameNotYetLeft_showsNothingUntilTheFieldIsLeft() {
        BranchProfileDialogViewModel vm = form(null);

        assertNull(vm.issueFor(ProfileField.BRANCH_NAME));
        assertEquals("", vm.errorsTextProperty().get());
        vm.leave(ProfileField.BRANCH_NAME);
        assertEquals("Tên chi bộ: cần nhập", message(vm, ProfileField.BRANCH_NAME));
    }

    @Test
    void save_namesFilledOnNewBranch_returnsProfileWithDefaultsForTheRest() {
        BranchProfileDialogViewModel vm = form(null);
        vm.superiorNameProperty().set("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH");
        vm.branchNameProperty().set("CHI BỘ KHU PHỐ 3");
        vm.placeNameProperty().set("Hoà Bình");

        assertTrue(vm.save());
        BranchProfile saved = vm.result();
        assertEquals("CHI BỘ KHU PHỐ 3", saved.branchName());
        assertEquals(DocumentSettings.DEFAULT, saved.documents());
        assertEquals(MeetingDay.DEFAULT, saved.meetingDay());
        assertEquals(List.of(), saved.officers());
    }

    @Test
    void meetingTime_notHoursAndMinutes_errorNamesTheFieldAndShowsAnExample() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.meeting().timeProperty().set("bảy giờ");
        vm.leave(ProfileField.MEETING_TIME);

        assertEquals("Giờ họp: phải theo dạng giờ:phút, ví dụ 19:30 hoặc 7:30", message(vm, ProfileField.MEETING_TIME));
        assertFalse(vm.save());
    }

    @Test
    void meetingTime_writtenTheVietnameseWay_isAccepted() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.meeting().timeProperty().set("7h30");

        assertTrue(vm.save());
        assertEquals(LocalTime.of(7, 30), vm.result().meetingTime());
    }

    @Test
    void termEnd_beforeStart_errorOnTheEndDate() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.termEndProperty().set(LocalDate.of(2024, 1, 1));
        vm.leave(ProfileField.TERM_END);

        assertEquals("Nhiệm kỳ đến ngày: phải sau ngày bắt đầu", message(vm, ProfileField.TERM_END));
        assertFalse(vm.save());
    }

    @Test
    void termStart_typedWhileEndIsEmpty_suggestsAnEndFiveYearsLater() {
        BranchProfileDialogViewModel vm = form(null);
        vm.termStartProperty().set(LocalDate.of(2025, 5, 15));

        assertEquals(LocalDate.of(2030, 5, 15), vm.termEndProperty().get());
    }

    @Test
    void termStart_textThatIsNotADate_errorSaysHowToWriteIt() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.termStartBadTextProperty().set(true);

        assertFalse(vm.save());
        assertEquals("Nhiệm kỳ từ ngày: phải theo dạng ngày/tháng/năm, ví dụ 15/05/2025",
                message(vm, ProfileField.TERM_START));
    }

    @Test
    void officers_sameMemberAsSecretaryAndDeputy_errorOnTheDeputyFieldNamingTheMember() {
        BranchProfileDialogViewModel vm = form(sample());
        OfficerChoices o = vm.officers();
        o.deputies().setAll(o.secretaryProperty().get());

        assertEquals("Phó bí thư: đồng chí Nguyễn Văn An đã được chọn làm bí thư; mỗi đồng chí chỉ giữ một chức vụ",
                message(vm, ProfileField.DEPUTIES));
        assertFalse(vm.save());
    }

    @Test
    void officers_sameMemberAsDeputyAndCommitteeMember_errorOnTheCommitteeField() {
        BranchProfileDialogViewModel vm = form(sample());
        OfficerChoices o = vm.officers();
        o.committee().setAll(o.deputies());

        assertEquals("Chi ủy viên: đồng chí Trần Thị Bình đã được chọn làm phó bí thư; mỗi đồng chí chỉ giữ một chức vụ",
                message(vm, ProfileField.COMMITTEE));
    }

    @Test
    void officers_chosen_areSavedWithTheirPosts() {
        BranchProfileDialogViewModel vm = form(sample());
        OfficerChoices o = vm.officers();
        o.committee().setAll(o.candidates().stream().filter(c -> c.id() == 3).toList());

        assertTrue(vm.save());
        assertEquals(List.of(new Officer(1, OfficerRole.SECRETARY), new Officer(2, OfficerRole.DEPUTY_SECRETARY),
                new Officer(3, OfficerRole.COMMITTEE_MEMBER)), vm.result().officers());
    }

    @Test
    void candidates_onlyOfficialMembersCurrentlyOnTheList_inNameOrderWithBirthDate() {
        List<String> offered = form(null).officers().candidates().stream().map(MemberChoice::label).toList();

        assertEquals(List.of("Nguyễn Văn An (sinh 15/03/1950)", "Trần Thị Bình (sinh 15/03/1950)",
                "Lê Văn Cường (sinh 15/03/1950)"), offered);
    }

    @Test
    void secretaryChoices_startWithNobodyChosen() {
        OfficerChoices o = form(null).officers();

        assertEquals("(chưa chọn)", o.secretaryChoices().get(0).label());
        assertTrue(o.secretaryProperty().get().isNone());
    }

    @Test
    void officersHint_nineOfficialMembers_saysTheBranchElectsACommittee() {
        List<MemberHistory> nine = IntStream.rangeClosed(1, 9).mapToObj(i -> official(i, "Đảng Viên Số" + i)).toList();
        String hint = new BranchProfileDialogViewModel(t.ui, null, nine).officers().hintProperty().get();

        assertTrue(hint.contains("Chi bộ hiện có 9 đảng viên chính thức: từ 9 đảng viên chính thức trở lên thì chi "
                + "bộ bầu chi ủy"), hint);
    }

    @Test
    void officersHint_fewerThanNine_saysNoCommittee() {
        String hint = form(null).officers().hintProperty().get();

        assertTrue(hint.contains("Chi bộ hiện có 3 đảng viên chính thức: dưới 9"), hint);
        assertTrue(hint.contains("không bầu chi ủy"), hint);
    }

    @Test
    void officers_formerSecretaryMovedAway_isLeftOutAndNamedInANotice() {
        BranchProfile p = sample().withOfficers(List.of(new Officer(5, OfficerRole.SECRETARY)));
        BranchProfileDialogViewModel vm = form(p);

        assertTrue(vm.officers().droppedNoticeProperty().get().contains("Hoàng Văn Em"));
        assertTrue(vm.save());
        assertEquals(List.of(), vm.result().officers());
    }

    @Test
    void margins_oneOutOfRange_marksOnlyThatMarginWithTheAllowedRange() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.documents().marginLeftProperty().set("80");

        assertFalse(vm.save());
        assertEquals("Lề trang (mm): mỗi lề từ 5 đến 50 mm", message(vm, ProfileField.MARGIN_LEFT));
        assertNull(vm.issueFor(ProfileField.MARGIN_TOP));
    }

    @Test
    void margins_notANumber_errorSaysWhichMargin() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.documents().marginRightProperty().set("1,5");

        assertFalse(vm.save());
        assertEquals("Lề trang (mm): lề phải phải là một số milimét, ví dụ 20", message(vm, ProfileField.MARGIN_RIGHT));
    }

    @Test
    void numberPreview_symbolTyped_showsTheNumberLineInCapitals() {
        BranchProfileDialogViewModel vm = form(null);
        vm.documents().symbolProperty().set("kp3");

        assertEquals("Ví dụ: Số 01-BB/KP3", vm.documents().numberPreviewProperty().get());
    }

    @Test
    void issuerSymbol_withSlash_isRefused() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.documents().symbolProperty().set("C/B");

        assertFalse(vm.save());
        assertTrue(message(vm, ProfileField.ISSUER_SYMBOL).startsWith("Ký hiệu chi bộ trên số văn bản: chỉ gồm"));
    }

    @Test
    void nextMeetings_firstSundayOfTheMonth_listsTheNextThreeFromToday() {
        BranchProfileDialogViewModel vm = form(null);

        assertEquals("Ba kỳ sinh hoạt tới: Chủ nhật 06/12/2026; Chủ nhật 03/01/2027; Chủ nhật 07/02/2027",
                vm.meeting().nextMeetingsProperty().get());
    }

    @Test
    void nextMeetings_day31_shortMonthsMeetOnTheirLastDayWithANote() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.meeting().dayOfMonthProperty().set(31);

        assertEquals("Ba kỳ sinh hoạt tới: Thứ Hai 30/11/2026; Thứ Năm 31/12/2026; Chủ nhật 31/01/2027",
                vm.meeting().nextMeetingsProperty().get());
        assertEquals("Tháng nào không có ngày 31 thì sinh hoạt vào ngày cuối tháng.",
                vm.meeting().clampNoteProperty().get());
    }

    @Test
    void nextMeetings_lastFridayChosen_followsTheChoice() {
        BranchProfileDialogViewModel vm = form(sample());
        vm.meeting().byDayOfMonthProperty().set(false);
        vm.meeting().weekdayProperty().set(DayOfWeek.FRIDAY);
        vm.meeting().nthProperty().set(5);

        assertEquals("Ba kỳ sinh hoạt tới: Thứ Sáu 27/11/2026; Thứ Sáu 25/12/2026; Thứ Sáu 29/01/2027",
                vm.meeting().nextMeetingsProperty().get());
        assertTrue(vm.save());
        assertEquals(new MeetingDay(MeetingDay.Kind.NTH_WEEKDAY, 5, 5, DayOfWeek.FRIDAY), vm.result().meetingDay());
    }

    @Test
    void headerPreview_namesTyped_showsTheLinesAsPrintedWithTodaysDateLine() {
        BranchProfileDialogViewModel vm = form(sample());
        HeaderPreview p = vm.preview();

        assertEquals("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH", p.superiorProperty().get());
        assertEquals("CHI BỘ KHU PHỐ 3", p.branchProperty().get());
        assertEquals("Hoà Bình, ngày 21 tháng 11 năm 2026", p.dateLineProperty().get());
        assertEquals("", p.numberProperty().get());
        vm.documents().numberMinutesProperty().set(true);
        assertEquals("Số 01-BB/KP3", p.numberProperty().get());
    }

    @Test
    void headerPreview_newBranchEarlyInTheYear_showsDotsForNamesAndZeroPaddedDate() {
        Clock feb5 = Clock.fixed(LocalDate.of(2026, 2, 5).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        UiContext ui = new UiContext(t.ui.i18n(), t.ui.settings(), t.ui.dialogs(), t.ui.tasks(), feb5);
        HeaderPreview p = new BranchProfileDialogViewModel(ui, null, MEMBERS).preview();

        assertEquals("…", p.superiorProperty().get());
        assertEquals("…, ngày 05 tháng 02 năm 2026", p.dateLineProperty().get());
    }

    @Test
    void superiorName_leftInLowerCase_offersCapitalsAndConverts() {
        BranchProfileDialogViewModel vm = form(null);
        vm.superiorNameProperty().set("Đảng bộ phường Hoà Bình");
        assertFalse(vm.offerUpperSuperiorProperty().get());

        vm.leave(ProfileField.SUPERIOR_NAME);
        assertTrue(vm.offerUpperSuperiorProperty().get());
        vm.superiorToUpper();
        assertEquals("ĐẢNG BỘ PHƯỜNG HOÀ BÌNH", vm.superiorNameProperty().get());
        assertFalse(vm.offerUpperSuperiorProperty().get());
    }
}
