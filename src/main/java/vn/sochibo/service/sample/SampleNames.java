package vn.sochibo.service.sample;

import java.util.List;
import vn.sochibo.model.member.Gender;

/**
 * Full Vietnamese names with diacritics: family names weighted by how common they are, middle and given names by
 * sex and generation (older women are mostly "Thị"). Two flavours force given names that start with Ư/Ơ (men's
 * names) or Đ, so every sample exercises Vietnamese list order.
 */
final class SampleNames {
    /** Which initial the given name must have. */
    enum Flavour { ANY, HORN_VOWEL, D_STROKE }

    private static final Weighted<String> FAMILY = new Weighted<String>()
            .add(380, "Nguyễn").add(110, "Trần").add(95, "Lê").add(70, "Phạm").add(40, "Hoàng").add(12, "Huỳnh")
            .add(45, "Phan").add(35, "Vũ").add(12, "Võ").add(20, "Đặng").add(20, "Bùi").add(20, "Đỗ")
            .add(13, "Hồ").add(13, "Ngô").add(10, "Dương").add(5, "Lý").add(8, "Đào").add(8, "Đinh")
            .add(6, "Trương").add(5, "Lương").add(5, "Mai").add(4, "Cao").add(4, "Tạ").add(3, "Lưu")
            .add(2, "Kiều").add(1, "Âu").add(1, "Ông");
    private static final Weighted<String> MALE_MIDDLE = new Weighted<String>()
            .add(40, "Văn").add(10, "Đức").add(8, "Minh").add(8, "Quang").add(8, "Hữu").add(6, "Xuân")
            .add(6, "Đình").add(5, "Ngọc").add(5, "Thanh").add(5, "Công").add(4, "Trọng").add(3, "Mạnh")
            .add(3, "Duy").add(3, "Bá").add(3, "Tiến").add(3, "Thế").add(2, "Viết").add(2, "Khắc").add(2, "Việt");
    private static final Weighted<String> FEMALE_MIDDLE = new Weighted<String>()
            .add(6, "Ngọc").add(6, "Thu").add(6, "Thanh").add(4, "Minh").add(4, "Kim").add(4, "Hồng")
            .add(3, "Thúy").add(3, "Phương").add(3, "Bích").add(2, "Mai").add(2, "Diệu").add(2, "Hoài")
            .add(2, "Thùy");
    private static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Tuấn", "Thắng", "Hải", "Sơn", "Long",
            "Nam", "Bình", "Cường", "Hòa", "Thành", "Minh", "Quang", "Trung", "Tùng", "Hưng", "Phúc", "Lộc", "Thọ",
            "Khải", "Kiên", "Vinh", "Chiến", "Toàn", "Hiếu", "Đức", "Đạt", "Định", "Đông", "Tâm", "An", "Ân", "Bảo",
            "Hiển", "Huy", "Khánh", "Lâm", "Nghĩa", "Quý", "Tài", "Thịnh", "Tiến", "Vượng", "Xuân", "Thư", "Lợi",
            "Ước", "Ơn", "Yên");
    private static final List<String> FEMALE_GIVEN = List.of("Lan", "Hoa", "Hương", "Mai", "Hạnh", "Hằng", "Hà",
            "Nga", "Nhung", "Thủy", "Tuyết", "Yến", "Liên", "Loan", "Oanh", "Phượng", "Dung", "Hồng", "Thảo",
            "Trang", "Vân", "Xuân", "Ánh", "Bích", "Chi", "Cúc", "Đào", "Điệp", "Giang", "Huệ", "Huyền", "Lý", "Mơ",
            "Ngân", "Nguyệt", "Nhàn", "Quyên", "Sen", "Tâm", "Thanh", "Thoa", "Thơm", "Uyên", "Ngọc");
    private static final List<String> HORN_GIVEN = List.of("Ước", "Ơn");
    private static final List<String> D_MALE_GIVEN = List.of("Đức", "Đạt", "Định", "Đông");
    private static final List<String> D_FEMALE_GIVEN = List.of("Đào", "Điệp");
    private static final List<String> D_FAMILY = List.of("Đặng", "Đỗ", "Đinh", "Đào");

    private final SampleRandom random;

    SampleNames(SampleRandom random) {
        this.random = random;
    }

    /** A full name "Family Middle Given" fitting the sex and the year of birth. */
    String fullName(Gender gender, int birthYear, Flavour flavour) {
        String family = flavour == Flavour.D_STROKE ? random.pick(D_FAMILY) : random.pick(FAMILY);
        String middle = gender == Gender.MALE ? random.pick(MALE_MIDDLE) : femaleMiddle(birthYear);
        String given = given(gender, flavour);
        for (int i = 0; i < 3 && middle.endsWith(given); i++) {
            given = given(gender, flavour);
        }
        return family + " " + middle + " " + given;
    }

    private String femaleMiddle(int birthYear) {
        double thi = birthYear < 1960 ? 0.8 : birthYear < 1980 ? 0.6 : 0.3;
        if (!random.chance(thi)) {
            return random.pick(FEMALE_MIDDLE);
        }
        return random.chance(0.12) ? "Thị " + random.pick(FEMALE_MIDDLE) : "Thị";
    }

    private String given(Gender gender, Flavour flavour) {
        boolean male = gender == Gender.MALE;
        return switch (flavour) {
            case HORN_VOWEL -> random.pick(HORN_GIVEN);
            case D_STROKE -> random.pick(male ? D_MALE_GIVEN : D_FEMALE_GIVEN);
            case ANY -> random.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
        };
    }
}
