package vn.sochibo.service.member.roster;

import java.util.ArrayList;
import java.util.List;
import vn.sochibo.export.SheetColumn;
import vn.sochibo.export.SheetModel;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberEvent;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.PartyRecord;
import vn.sochibo.service.Messages;

/**
 * The lossless sheets of the export, read back first on import: "Dữ liệu" with one column per member field and
 * one row per member, and "Quá trình sinh hoạt" with one row per event, keyed by the member's STT.
 */
final class RosterDataSheets {
    private static final int POINTS = 11;

    private RosterDataSheets() {
    }

    /** Fields of the "Dữ liệu" sheet, in column order. */
    static List<RosterField> fields() {
        return java.util.Arrays.stream(RosterField.values()).filter(f -> f.header() != null).toList();
    }

    static SheetModel data(List<MemberHistory> ordered) {
        List<RosterField> fields = fields();
        List<SheetColumn> columns = fields.stream().map(RosterDataSheets::column).toList();
        List<String> header = fields.stream().map(RosterField::header).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Member m = ordered.get(i).member();
            List<Object> row = new ArrayList<>();
            for (RosterField f : fields) {
                row.add(f == RosterField.NUMBER ? Integer.valueOf(i + 1) : value(m, f));
            }
            rows.add(row);
        }
        return new SheetModel(RosterHeaders.DATA_SHEET, List.of(), columns, List.of(header), rows, POINTS, true);
    }

    static SheetModel events(List<MemberHistory> ordered) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Member m = ordered.get(i).member();
            for (MemberEvent e : ordered.get(i).events()) {
                rows.add(java.util.Arrays.asList(i + 1, m.fullName(), m.identity().birthDate(),
                        RosterEventsSheet.label(e.type()), e.date(), e.endDate(), e.place(), e.reason(), e.note()));
            }
        }
        List<SheetColumn> columns = List.of(SheetColumn.centre(6), SheetColumn.left(24), SheetColumn.centre(12),
                SheetColumn.left(34), SheetColumn.centre(12), SheetColumn.centre(12), SheetColumn.left(28),
                SheetColumn.left(24), SheetColumn.left(24));
        return new SheetModel(RosterHeaders.EVENTS_SHEET, List.of(), columns, List.of(RosterEventsSheet.HEADERS), rows,
                POINTS, true);
    }

    private static SheetColumn column(RosterField f) {
        return switch (f) {
            case NUMBER -> SheetColumn.centre(6);
            case FULL_NAME -> SheetColumn.left(24);
            case GENDER, RETIRED, ARMY, POLICE -> SheetColumn.centre(9);
            case BIRTH_DATE, ADMISSION_DATE, OFFICIAL_DATE -> SheetColumn.centre(12);
            case PERSONAL_ID, CARD_NUMBER, OLD_CARD_NUMBER, PHONE -> SheetColumn.centre(15);
            case NOTE, HOMETOWN_DETAIL, RESIDENCE_DETAIL, LOCAL_ADDRESS -> SheetColumn.left(24);
            default -> SheetColumn.left(16);
        };
    }

    /** The value written for a field: text, a real date, or "x" for a yes mark. */
    private static Object value(Member m, RosterField f) {
        Identity id = m.identity();
        PartyRecord p = m.party();
        Background b = m.background();
        Address home = id.hometown();
        Address residence = m.contact().permanentAddress();
        return switch (f) {
            case FULL_NAME -> id.fullName();
            case OTHER_NAME -> id.otherName();
            case GENDER -> id.gender() == null ? "" : Messages.forLanguage("vi").tr("member.gender." + id.gender().name());
            case BIRTH_DATE -> id.birthDate();
            case ETHNICITY -> id.ethnicity();
            case RELIGION -> id.religion();
            case HOMETOWN_DETAIL -> home.detail();
            case HOMETOWN_COMMUNE -> home.commune();
            case HOMETOWN_PROVINCE -> home.province();
            case PERSONAL_ID -> id.personalId();
            case ADMISSION_DATE -> p.admissionDate();
            case OFFICIAL_DATE -> p.officialDate();
            case CARD_NUMBER -> p.cardNumber();
            case OLD_CARD_NUMBER -> p.oldCardNumber();
            case DOSSIER_NUMBER -> p.dossierNumber();
            case BADGE_NUMBER -> p.badgeNumber();
            case GENERAL_EDUCATION -> b.generalEducation();
            case PROFESSIONAL_LEVEL -> b.professionalLevel();
            case POLITICAL_THEORY -> b.politicalTheory();
            case FOREIGN_LANGUAGE -> b.foreignLanguage();
            case OCCUPATION -> b.occupation();
            case OCCUPATION_BEFORE -> b.occupationBeforeJoining();
            case RETIRED -> mark(b.retired());
            case ARMY -> mark(b.army());
            case POLICE -> mark(b.police());
            case RESIDENCE_DETAIL -> residence.detail();
            case RESIDENCE_COMMUNE -> residence.commune();
            case RESIDENCE_PROVINCE -> residence.province();
            case LOCAL_ADDRESS -> m.contact().localAddress();
            case PHONE -> m.contact().phone();
            case NOTE -> m.note();
            default -> null;
        };
    }

    private static String mark(boolean yes) {
        return yes ? "x" : "";
    }
}
