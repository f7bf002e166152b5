package vn.sochibo.model.member;

import vn.sochibo.model.text.Texts;

/** A two-level address (tỉnh/thành phố and xã/phường/đặc khu) with an optional detail line. */
public record Address(String detail, String commune, String province) {
    public static final Address EMPTY = new Address("", "", "");

    public Address {
        detail = Texts.clean(detail);
        commune = Texts.clean(commune);
        province = Texts.clean(province);
    }

    /** True when nothing is filled in. */
    public boolean isEmpty() {
        return detail.isEmpty() && commune.isEmpty() && province.isEmpty();
    }

    /** One line as printed: "detail, commune, province", skipping empty parts. */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {detail, commune, province}) {
            if (!part.isEmpty()) {
                line.append(line.length() == 0 ? "" : ", ").append(part);
            }
        }
        return line.toString();
    }
}
