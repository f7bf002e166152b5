package vn.sochibo.service.sample;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.sochibo.model.member.Gender;

/**
 * The numbers of a sample member: 12-digit personal IDs laid out like a CCCD, 12-digit party card numbers (both
 * unique within the sample), old 8-digit card numbers, dossier numbers and mobile phone numbers.
 */
final class SampleNumbers {
    private static final int PHONE_TRIES = 5;
    private final SampleRandom random;
    private final Set<String> personalIds = new HashSet<>();
    private final Set<String> cards = new HashSet<>();
    private final Set<String> phones = new HashSet<>();

    SampleNumbers(SampleRandom random) {
        this.random = random;
    }

    /**
     * A CCCD number: province code of the birth registration, a digit for century and sex (0/1 for men/women born
     * in the 1900s, 2/3 in the 2000s), the last two digits of the birth year, then six random digits.
     */
    String personalId(String provinceCode, Gender gender, LocalDate birth) {
        int century = birth.getYear() < 2000 ? 0 : 2;
        String prefix = provinceCode + (century + (gender == Gender.FEMALE ? 1 : 0))
                + String.format("%02d", birth.getYear() % 100);
        return unique(personalIds, prefix, 6);
    }

    /** A new 12-digit party card number (Hà Nội cards start with 01 in this sample). */
    String cardNumber() {
        return unique(cards, "01", 10);
    }

    /** A card number of the old series, kept beside the new one. */
    String oldCardNumber() {
        return random.digits(8);
    }

    /** A dossier (lý lịch) number. */
    String dossierNumber() {
        return "LL-" + random.digits(6);
    }

    /** A mobile number 09xxxxxxxx or 03xxxxxxxx, avoiding repeats when possible. */
    String phone() {
        String number = "";
        for (int i = 0; i < PHONE_TRIES; i++) {
            number = (random.chance(0.6) ? "09" : "03") + random.digits(8);
            if (phones.add(number)) {
                break;
            }
        }
        return number;
    }

    private String unique(Set<String> used, String prefix, int randomDigits) {
        String number;
        do {
            number = prefix + random.digits(randomDigits);
        } while (!used.add(number));
        return number;
    }
}
