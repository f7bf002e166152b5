package vn.sochibo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.model.member.Address;
import vn.sochibo.model.member.Background;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.PartyRecord;

/** Reads and writes members (without their events) in the member table. */
public final class MemberRepository {
    private static final String COLUMNS = "full_name, name_key, other_name, gender, birth_date, ethnicity, religion, "
            + "hometown_detail, hometown_commune, hometown_province, personal_id, admission_date, official_date, "
            + "card_number, old_card_number, dossier_number, badge_number, general_education, professional_level, "
            + "political_theory, foreign_language, occupation, occupation_before, retired, army, police, "
            + "residence_detail, residence_commune, residence_province, local_address, phone, note";
    private static final int COLUMN_COUNT = 32;

    /** Inserts a new member and returns it with its id. */
    public Member insert(Tx tx, Member m) {
        return tx.call(c -> {
            String marks = "?,".repeat(COLUMN_COUNT - 1) + "?";
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO member (" + COLUMNS + ") VALUES (" + marks + ")",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, m);
                ps.executeUpdate();
                return m.withId(Sql.lastId(ps));
            }
        });
    }

    /** Updates every field of an existing member. */
    public void update(Tx tx, Member m) {
        tx.call(c -> {
            String sets = String.join(" = ?, ", COLUMNS.split(", ")) + " = ?";
            try (PreparedStatement ps = c.prepareStatement("UPDATE member SET " + sets + " WHERE id = ?")) {
                bind(ps, m);
                ps.setLong(COLUMN_COUNT + 1, m.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void delete(Tx tx, long id) {
        tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM member WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Member> find(Tx tx, long id) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM member WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<Member> all(Tx tx) {
        return tx.call(c -> {
            List<Member> members = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, " + COLUMNS + " FROM member");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(map(rs));
                }
            }
            return members;
        });
    }

    public int count(Tx tx) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM member"); ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    /** Ids of other members already using the value in the column ("personal_id" or "card_number"). */
    public List<Long> idsWith(Tx tx, String column, String value, long exceptId) {
        return tx.call(c -> {
            if (!column.equals("personal_id") && !column.equals("card_number")) {
                throw new IllegalArgumentException(column);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM member WHERE " + column + " = ? AND id <> ?")) {
                ps.setString(1, value);
                ps.setLong(2, exceptId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private static void bind(PreparedStatement ps, Member m) throws SQLException {
        Identity id = m.identity();
        PartyRecord p = m.party();
        Background b = m.background();
        Contact ct = m.contact();
        Object[] values = {id.fullName(), m.searchKey(), id.otherName(),
            id.gender() == null ? null : id.gender().name(), date(id.birthDate()), id.ethnicity(), id.religion(),
            id.hometown().detail(), id.hometown().commune(), id.hometown().province(), id.personalId(),
            date(p.admissionDate()), date(p.officialDate()), p.cardNumber(), p.oldCardNumber(), p.dossierNumber(),
            p.badgeNumber(), b.generalEducation(), b.professionalLevel(), b.politicalTheory(), b.foreignLanguage(),
            b.occupation(), b.occupationBeforeJoining(), flag(b.retired()), flag(b.army()), flag(b.police()),
            ct.permanentAddress().detail(), ct.permanentAddress().commune(), ct.permanentAddress().province(),
            ct.localAddress(), ct.phone(), m.note()};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }

    private static Member map(ResultSet rs) throws SQLException {
        String gender = rs.getString("gender");
        Identity identity = new Identity(rs.getString("full_name"), rs.getString("other_name"),
                gender == null ? null : Gender.valueOf(gender), Sql.date(rs, "birth_date"), rs.getString("ethnicity"),
                rs.getString("religion"), new Address(rs.getString("hometown_detail"),
                rs.getString("hometown_commune"), rs.getString("hometown_province")), rs.getString("personal_id"));
        PartyRecord party = new PartyRecord(Sql.date(rs, "admission_date"), Sql.date(rs, "official_date"),
                rs.getString("card_number"), rs.getString("old_card_number"), rs.getString("dossier_number"),
                rs.getString("badge_number"));
        Background background = new Background(rs.getString("general_education"),
                rs.getString("professional_level"), rs.getString("political_theory"), rs.getString("foreign_language"),
                rs.getString("occupation"), rs.getString("occupation_before"), rs.getInt("retired") == 1,
                rs.getInt("army") == 1, rs.getInt("police") == 1);
        Contact contact = new Contact(new Address(rs.getString("residence_detail"), rs.getString("residence_commune"),
                rs.getString("residence_province")), rs.getString("local_address"), rs.getString("phone"));
        return new Member(rs.getLong("id"), identity, party, background, contact, rs.getString("note"));
    }
}
