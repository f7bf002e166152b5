package vn.sochibo.service.sample;

import java.util.List;
import vn.sochibo.model.member.Background;

/** Education, theory level, languages and occupations fitting a member's generation and career. */
final class SampleBackgrounds {
    /** People schooled before about 1981 in the North went through the 10-year system. */
    private static final int LAST_TEN_YEAR_SYSTEM_BIRTH = 1965;
    private static final Weighted<String> PROFESSIONAL = new Weighted<String>()
            .add(20, "Kỹ sư").add(25, "Cử nhân").add(20, "Trung cấp").add(8, "Cao đẳng").add(5, "Thạc sĩ")
            .add(1, "Tiến sĩ").add(5, "Sơ cấp").add(16, "");
    private static final Weighted<String> THEORY = new Weighted<String>()
            .add(45, "Sơ cấp").add(35, "Trung cấp").add(12, "Cao cấp").add(3, "Cử nhân").add(5, "");
    private static final Weighted<String> WORKING_THEORY = new Weighted<String>()
            .add(75, "Sơ cấp").add(20, "Trung cấp").add(2, "Cao cấp").add(3, "");
    private static final Weighted<String> OLD_LANGUAGES = new Weighted<String>()
            .add(15, "Tiếng Nga B").add(10, "Tiếng Anh A").add(5, "Tiếng Trung A").add(70, "");
    private static final Weighted<String> NEW_LANGUAGES = new Weighted<String>()
            .add(40, "Tiếng Anh B").add(15, "Tiếng Anh B1").add(45, "");
    private static final List<String> WORK_NOW = List.of("Kinh doanh", "Lao động tự do", "Công chức",
            "Viên chức", "Công nhân", "Giáo viên", "Bác sĩ", "Kỹ sư xây dựng", "Nhân viên văn phòng", "Kế toán");
    private static final List<String> YOUNG_BEFORE = List.of("Sinh viên", "Công nhân", "Học sinh",
            "Thanh niên xung phong", "Đoàn viên thanh niên");
    private static final List<String> ADULT_BEFORE = List.of("Giáo viên", "Kỹ sư", "Công nhân", "Cán bộ",
            "Y tá", "Kế toán", "Nông dân", "Buôn bán", "Nhân viên văn phòng", "Kỹ thuật viên");

    private final SampleRandom random;

    SampleBackgrounds(SampleRandom random) {
        this.random = random;
    }

    /** The background fitting the member's story; probationary members have no theory level yet. */
    Background of(SampleLives.Life life, boolean probationary) {
        int birthYear = life.birth().getYear();
        int admissionAge = life.admission().getYear() - birthYear;
        boolean old = birthYear <= LAST_TEN_YEAR_SYSTEM_BIRTH;
        String theory = probationary ? "" : random.pick(life.retired() ? THEORY : WORKING_THEORY);
        String language = random.pick(old ? OLD_LANGUAGES : NEW_LANGUAGES);
        String occupation = life.retired() ? "Hưu trí" : random.pick(WORK_NOW);
        return new Background(education(old), random.pick(PROFESSIONAL), theory, language, occupation,
                before(life.service(), admissionAge, old), life.retired(),
                life.service() == SampleLives.Service.ARMY, life.service() == SampleLives.Service.POLICE);
    }

    private String education(boolean old) {
        if (old) {
            return random.chance(0.8) ? "10/10" : random.chance(0.5) ? "7/10" : "12/12";
        }
        return random.chance(0.9) ? "12/12" : "9/12";
    }

    private String before(SampleLives.Service service, int admissionAge, boolean old) {
        return switch (service) {
            case ARMY -> "Bộ đội";
            case POLICE -> "Công an";
            case CIVIL -> admissionAge <= 23 && old ? random.pick(YOUNG_BEFORE)
                    : admissionAge <= 23 ? "Sinh viên" : random.pick(ADULT_BEFORE);
        };
    }
}
