package vn.sochibo.service.sample;

import java.util.List;
import vn.sochibo.model.member.Address;

/**
 * Places of the sample: home towns (two-level, with the province code that starts a CCCD number), addresses inside
 * the neighbourhood, and the party organisations members come from or go to.
 */
final class SamplePlaces {
    /** The ward and city of the sample branch. */
    static final String WARD = "Phường Hoà Bình";
    static final String CITY = "Thành phố Hà Nội";

    /** A home town and the 3-digit code of the province where the birth was registered. */
    record Hometown(String code, String commune, String province) {
        Address address() {
            return new Address("", commune, province);
        }
    }

    private static final Weighted<Hometown> HOMETOWNS = new Weighted<Hometown>()
            .addAll(7, town("001", CITY, "Phường Hoàn Kiếm"), town("001", CITY, "Phường Ba Đình"),
                    town("001", CITY, "Xã Sóc Sơn"), town("001", CITY, "Xã Đông Anh"), town("001", CITY, "Xã Ứng Hòa"),
                    town("001", CITY, "Xã Thường Tín"), town("001", CITY, WARD))
            .addAll(2, town("036", "Tỉnh Ninh Bình", "Xã Hải Hậu"), town("036", "Tỉnh Ninh Bình", "Xã Giao Thủy"),
                    town("036", "Tỉnh Ninh Bình", "Xã Xuân Trường"), town("037", "Tỉnh Ninh Bình", "Xã Gia Viễn"),
                    town("035", "Tỉnh Ninh Bình", "Xã Lý Nhân"), town("035", "Tỉnh Ninh Bình", "Xã Bình Lục"))
            .addAll(2, town("034", "Tỉnh Hưng Yên", "Xã Vũ Thư"), town("034", "Tỉnh Hưng Yên", "Xã Kiến Xương"),
                    town("034", "Tỉnh Hưng Yên", "Xã Tiền Hải"), town("033", "Tỉnh Hưng Yên", "Xã Khoái Châu"),
                    town("033", "Tỉnh Hưng Yên", "Xã Ân Thi"))
            .addAll(2, town("038", "Tỉnh Thanh Hóa", "Xã Hoằng Hóa"), town("038", "Tỉnh Thanh Hóa", "Xã Thọ Xuân"),
                    town("038", "Tỉnh Thanh Hóa", "Xã Nông Cống"), town("040", "Tỉnh Nghệ An", "Xã Nam Đàn"),
                    town("040", "Tỉnh Nghệ An", "Xã Đô Lương"), town("040", "Tỉnh Nghệ An", "Xã Yên Thành"),
                    town("042", "Tỉnh Hà Tĩnh", "Xã Đức Thọ"), town("042", "Tỉnh Hà Tĩnh", "Xã Can Lộc"))
            .addAll(1, town("030", "Thành phố Hải Phòng", "Xã Gia Lộc"), town("030", "Thành phố Hải Phòng", "Xã Tứ Kỳ"),
                    town("031", "Thành phố Hải Phòng", "Xã Vĩnh Bảo"), town("026", "Tỉnh Phú Thọ", "Xã Vĩnh Tường"),
                    town("025", "Tỉnh Phú Thọ", "Xã Lâm Thao"), town("027", "Tỉnh Bắc Ninh", "Xã Tiên Du"),
                    town("027", "Tỉnh Bắc Ninh", "Xã Gia Bình"), town("046", "Thành phố Huế", "Xã Quảng Điền"),
                    town("044", "Tỉnh Quảng Trị", "Xã Lệ Thủy"), town("048", "Thành phố Đà Nẵng", "Phường Hải Châu"));

    private static final List<String> STREETS = List.of("phố Hoà Bình", "phố Trần Hưng Đạo", "phố Lê Lợi",
            "phố Đặng Tiến Đông", "phố Ngô Thì Nhậm", "đường Âu Cơ", "phố Yên Lạc");
    private static final List<String> WORKPLACES = List.of(
            "Chi bộ Phòng Kế hoạch, Đảng bộ Công ty Điện lực Đống Đa",
            "Chi bộ Khoa Nội, Đảng bộ Bệnh viện Bạch Mai",
            "Chi bộ Văn phòng, Đảng bộ Sở Giáo dục và Đào tạo Hà Nội",
            "Chi bộ Phòng Tài chính, Đảng bộ Tổng công ty Đường sắt Việt Nam",
            "Chi bộ Phân xưởng Cơ khí, Đảng bộ Công ty Cơ khí Hà Nội",
            "Chi bộ Ban Biên tập, Đảng bộ Báo Hà Nội Mới",
            "Chi bộ Bộ môn Cơ khí, Đảng bộ Trường Đại học Bách khoa Hà Nội",
            "Chi bộ Trường Trung học cơ sở Nguyễn Du, Đảng bộ phường Cửa Nam",
            "Chi bộ Văn phòng, Đảng bộ Kho bạc Nhà nước Hà Nội",
            "Chi bộ Phòng Hành chính, Đảng bộ Ủy ban nhân dân quận Hai Bà Trưng");
    private static final List<String> ARMY_UNITS = List.of(
            "Chi bộ Phòng Chính trị, Đảng bộ Bộ Tư lệnh Thủ đô Hà Nội",
            "Chi bộ Tiểu đoàn 2, Đảng bộ Trung đoàn 102, Sư đoàn 308",
            "Chi bộ Ban Chỉ huy Quân sự, Đảng bộ Quân sự quận Đống Đa");
    private static final List<String> POLICE_UNITS = List.of(
            "Chi bộ Đội Cảnh sát giao thông, Đảng bộ Công an quận Hai Bà Trưng",
            "Chi bộ Phòng Tham mưu, Đảng bộ Công an thành phố Hà Nội");
    private static final List<String> CELLS = List.of("Chi bộ Khu phố", "Chi bộ Tổ dân phố", "Chi bộ Khu dân cư");
    private static final List<Address> OTHER_WARDS = List.of(ward("Phường Tân Định", "Thành phố Hồ Chí Minh"),
            ward("Phường Cầu Giấy", CITY), ward("Phường Láng", CITY), ward("Phường Long Biên", CITY),
            ward("Phường Hà Đông", CITY), ward("Phường Hoàng Mai", CITY), ward("Phường Ô Chợ Dừa", CITY),
            ward("Xã Đông Anh", CITY), ward("Xã Gia Lâm", CITY), ward("Phường Hải Châu", "Thành phố Đà Nẵng"),
            ward("Phường Ngô Quyền", "Thành phố Hải Phòng"), ward("Phường Thành Vinh", "Tỉnh Nghệ An"),
            ward("Phường Hạc Thành", "Tỉnh Thanh Hóa"));

    /** A residential party cell elsewhere and the ward it lies in. */
    record Cell(String name, Address ward) {
    }

    private final SampleRandom random;
    private final int groups;

    /** {@code groups} is the number of tổ dân phố in the neighbourhood. */
    SamplePlaces(SampleRandom random, int groups) {
        this.random = random;
        this.groups = groups;
    }

    private static Hometown town(String code, String province, String commune) {
        return new Hometown(code, commune, province);
    }

    private static Address ward(String commune, String province) {
        return new Address("", commune, province);
    }

    Hometown hometown() {
        return random.pick(HOMETOWNS);
    }

    /** An address inside the neighbourhood: "Số 12, ngõ 5, Tổ 3" or "Số 27, phố Lê Lợi, Tổ 1". */
    String localAddress() {
        String group = "Tổ " + random.between(1, groups);
        if (random.chance(0.6)) {
            return "Số " + random.between(1, 60) + ", ngõ " + random.between(1, 40) + ", " + group;
        }
        return "Số " + random.between(1, 180) + ", " + random.pick(STREETS) + ", " + group;
    }

    /** Permanent residence in the ward. */
    Address residence(String localAddress) {
        return new Address(localAddress, WARD, CITY);
    }

    /** The organisation a retiree transferred from: the last workplace, army unit or police unit. */
    String workplace(SampleLives.Service service) {
        return switch (service) {
            case ARMY -> random.pick(ARMY_UNITS);
            case POLICE -> random.pick(POLICE_UNITS);
            case CIVIL -> random.pick(WORKPLACES);
        };
    }

    /** A residential cell elsewhere, as origin or destination: "Chi bộ Khu phố 5, Đảng bộ phường Tân Định". */
    Cell residentialCell() {
        Address ward = random.pick(OTHER_WARDS);
        String commune = Character.toLowerCase(ward.commune().charAt(0)) + ward.commune().substring(1);
        String unit = "Đảng bộ " + commune + (ward.province().equals(CITY) ? "" : ", " + ward.province());
        return new Cell(random.pick(CELLS) + " " + random.between(1, 20) + ", " + unit, ward);
    }
}
