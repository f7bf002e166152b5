package vn.sochibo.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.model.member.Contact;
import vn.sochibo.model.member.Gender;
import vn.sochibo.model.member.Identity;
import vn.sochibo.model.member.Member;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.member.PartyRecord;

/**
 * Generates the members of a sample branch with their histories, without touching any database: the same options
 * always give the same list, and the system clock is never read.
 */
public final class SampleGenerator {
    /** Chỉ thị 51-CT/TW: new 12-digit cards for every official member, to be done by 2/9/2025. */
    private static final LocalDate CARD_EXCHANGE = LocalDate.of(2025, 9, 2);
    private static final double MALE_SHARE = 0.55;
    private static final int MEMBERS_PER_GROUP = 8;
    private static final List<String> OTHER_ETHNICITIES = List.of("Tày", "Mường", "Nùng", "Thái");
    private final SampleRandom random;
    private final SampleOptions options;
    private final SampleNames names;
    private final SampleNumbers numbers;
    private final SamplePlaces places;
    private final SampleLives lives;
    private final SampleBackgrounds backgrounds;

    private SampleGenerator(SampleOptions options) {
        this.options = options;
        this.random = new SampleRandom(options.seed());
        this.names = new SampleNames(random);
        this.numbers = new SampleNumbers(random);
        this.places = new SamplePlaces(random, Math.max(4, Math.min(60, options.members() / MEMBERS_PER_GROUP)));
        this.lives = new SampleLives(random, places, options);
        this.backgrounds = new SampleBackgrounds(random);
    }

    /** The members of the sample with their histories, unsaved (id 0), in the order they should be written. */
    public static List<MemberHistory> generate(SampleOptions options) {
        return new SampleGenerator(options).histories();
    }

    private List<MemberHistory> histories() {
        List<SampleFate> fates = SampleFate.plan(options.members(), options.years(), random);
        List<MemberHistory> out = new ArrayList<>(fates.size());
        int plain = 0;
        for (SampleFate fate : fates) {
            SampleNames.Flavour flavour = SampleNames.Flavour.ANY;
            if (fate == SampleFate.OFFICIAL && plain < 2) {
                flavour = plain++ == 0 ? SampleNames.Flavour.HORN_VOWEL : SampleNames.Flavour.D_STROKE;
            }
            out.add(member(fate, flavour));
        }
        return out;
    }

    private MemberHistory member(SampleFate fate, SampleNames.Flavour flavour) {
        boolean male = flavour == SampleNames.Flavour.HORN_VOWEL || random.chance(MALE_SHARE);
        Gender gender = male ? Gender.MALE : Gender.FEMALE;
        SampleLives.Life life = lives.live(fate, gender);
        SamplePlaces.Hometown home = places.hometown();
        Identity identity = new Identity(names.fullName(gender, life.birth().getYear(), flavour), "", gender,
                life.birth(), ethnicity(), religion(), home.address(),
                numbers.personalId(home.code(), gender, life.birth()));
        Member member = new Member(0, identity, party(life), backgrounds.of(life, life.official() == null),
                contact(life), "");
        return new MemberHistory(member, life.events());
    }

    private String ethnicity() {
        return random.chance(0.95) ? "Kinh" : random.pick(OTHER_ETHNICITIES);
    }

    private String religion() {
        if (random.chance(0.93)) {
            return "Không";
        }
        return random.chance(0.7) ? "Phật giáo" : "Công giáo";
    }

    /** Official members in the Party at the card exchange have a new card; most older ones also an old number. */
    private PartyRecord party(SampleLives.Life life) {
        boolean official = life.official() != null;
        boolean exchanged = official && (life.left() == null || !life.left().isBefore(CARD_EXCHANGE));
        boolean oldSeries = official && life.official().isBefore(CARD_EXCHANGE) && random.chance(exchanged ? 0.6 : 0.9);
        return new PartyRecord(life.admission(), life.official(), exchanged ? numbers.cardNumber() : "",
                oldSeries ? numbers.oldCardNumber() : "", numbers.dossierNumber(), "");
    }

    /** People here live in the ward; attached members keep their permanent residence where they came from. */
    private Contact contact(SampleLives.Life life) {
        String local = places.localAddress();
        boolean noPhone = life.birth().isBefore(options.today().minusYears(82)) && random.chance(0.3);
        return new Contact(life.home() != null ? life.home() : places.residence(local), local,
                noPhone ? "" : numbers.phone());
    }
}
