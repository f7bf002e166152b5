package vn.sochibo.ui.branch;

import java.util.Arrays;
import java.util.Optional;

/** The controls of the branch profile form that can carry an error mark, each with the message key naming it. */
public enum ProfileField {
    SUPERIOR_NAME("branch.field.superiorName"),
    BRANCH_NAME("branch.field.branchName"),
    PLACE_NAME("branch.field.placeName"),
    TERM_START("branch.field.termStart"),
    TERM_END("branch.field.termEnd"),
    SECRETARY("branch.field.secretary", true),
    DEPUTIES("branch.field.deputies", true),
    COMMITTEE("branch.field.committee", true),
    MEETING_DAY("branch.field.meetingDay", true),
    MEETING_TIME("branch.field.meetingTime"),
    MEETING_PLACE("branch.field.meetingPlace"),
    ISSUER_SYMBOL("branch.field.issuerSymbol"),
    NUMBER_MINUTES("branch.field.numberMinutes"),
    MARGIN_TOP("branch.field.margins"),
    MARGIN_BOTTOM("branch.field.margins"),
    MARGIN_LEFT("branch.field.margins"),
    MARGIN_RIGHT("branch.field.margins");

    private final String key;
    private final boolean choice;

    ProfileField(String key) {
        this(key, false);
    }

    ProfileField(String key, boolean choice) {
        this.key = key;
        this.choice = choice;
    }

    /** True for controls set by choosing, whose errors show at once rather than when the control is left. */
    public boolean isChoice() {
        return choice;
    }

    /** The message key of the field's name, as used in {@link vn.sochibo.model.Issue#field()}. */
    public String key() {
        return key;
    }

    /** The first control named by an issue's field key (margins are matched by value, not here). */
    public static Optional<ProfileField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
