package vn.sochibo.ui.branch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.model.branch.BranchProfile;
import vn.sochibo.model.branch.Officer;
import vn.sochibo.model.branch.OfficerRole;
import vn.sochibo.model.member.MemberHistory;
import vn.sochibo.model.text.VietnameseNames;
import vn.sochibo.service.Messages;
import vn.sochibo.ui.common.I18n;

/**
 * The officers part of the branch profile form: only official members currently on the list can be chosen
 * (probationary members cannot be elected), and one member holds at most one post.
 */
public final class OfficerChoices {
    /** From this many official members the branch elects a cell committee (rules.md §2.2). */
    public static final int COMMITTEE_THRESHOLD = 9;
    private final I18n i18n;
    private final MemberChoice none;
    private final ObservableList<MemberChoice> candidates = FXCollections.observableArrayList();
    private final ObservableList<MemberChoice> secretaryChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MemberChoice> secretary = new SimpleObjectProperty<>();
    private final ObservableList<MemberChoice> deputies = FXCollections.observableArrayList();
    private final ObservableList<MemberChoice> committee = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper droppedNotice = new ReadOnlyStringWrapper("");

    public OfficerChoices(I18n i18n, List<MemberHistory> members, LocalDate today) {
        this.i18n = i18n;
        this.none = new MemberChoice(0, "", i18n.tr("branch.dialog.noOfficer"));
        candidates.setAll(members.stream().filter(h -> h.statusOn(today).isOfficial()).map(this::choice)
                .sorted(VietnameseNames.byName(MemberChoice::name)).toList());
        secretaryChoices.add(none);
        secretaryChoices.addAll(candidates);
        secretary.set(none);
        hint.set(hintText(candidates.size()));
    }

    private MemberChoice choice(MemberHistory h) {
        LocalDate birth = h.member().identity().birthDate();
        String name = h.member().fullName();
        String label = birth == null ? name : i18n.tr("branch.dialog.memberChoice", name, Messages.date(birth));
        return new MemberChoice(h.member().id(), name, label);
    }

    private String hintText(int officials) {
        if (officials == 0) {
            return i18n.tr("branch.dialog.officers.noneYet");
        }
        String rule = i18n.tr(officials >= COMMITTEE_THRESHOLD ? "branch.dialog.officers.large"
                : "branch.dialog.officers.small");
        return i18n.tr("branch.dialog.officers.hint", String.valueOf(officials), rule);
    }

    /** Selects the profile's officers; those who can no longer be chosen are left out and named in a notice. */
    public void fill(BranchProfile profile, List<MemberHistory> members) {
        Map<Long, MemberChoice> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        List<String> dropped = new ArrayList<>();
        for (Officer o : profile.officers()) {
            MemberChoice c = byId.get(o.memberId());
            if (c == null) {
                members.stream().filter(h -> h.member().id() == o.memberId()).findFirst()
                        .ifPresent(h -> dropped.add(h.member().fullName()));
                continue;
            }
            switch (o.role()) {
                case SECRETARY -> secretary.set(c);
                case DEPUTY_SECRETARY -> deputies.add(c);
                case COMMITTEE_MEMBER -> committee.add(c);
                default -> { }
            }
        }
        droppedNotice.set(dropped.isEmpty() ? "" : i18n.tr("branch.dialog.officers.dropped", String.join(", ",
                dropped)));
    }

    /** The chosen officers, secretary first. */
    public List<Officer> officers() {
        List<Officer> all = new ArrayList<>();
        MemberChoice s = secretary.get();
        if (s != null && !s.isNone()) {
            all.add(new Officer(s.id(), OfficerRole.SECRETARY));
        }
        deputies.forEach(d -> all.add(new Officer(d.id(), OfficerRole.DEPUTY_SECRETARY)));
        committee.forEach(c -> all.add(new Officer(c.id(), OfficerRole.COMMITTEE_MEMBER)));
        return all;
    }

    /** Errors for a member chosen for two posts, on the later post's control. */
    public List<Finding> check() {
        List<Finding> found = new ArrayList<>();
        MemberChoice s = secretary.get();
        for (MemberChoice d : deputies) {
            if (s != null && s.id() == d.id()) {
                found.add(twoPosts(ProfileField.DEPUTIES, d, ProfileField.SECRETARY));
            }
        }
        for (MemberChoice c : committee) {
            if (s != null && s.id() == c.id()) {
                found.add(twoPosts(ProfileField.COMMITTEE, c, ProfileField.SECRETARY));
            } else if (deputies.stream().anyMatch(d -> d.id() == c.id())) {
                found.add(twoPosts(ProfileField.COMMITTEE, c, ProfileField.DEPUTIES));
            }
        }
        return found;
    }

    private Finding twoPosts(ProfileField field, MemberChoice who, ProfileField otherPost) {
        Locale locale = i18n.messages().locale();
        return Finding.error(field, "branch.dialog.twoPosts", who.name(), i18n.tr(otherPost.key()).toLowerCase(locale));
    }

    /** What the controls depend on, for listeners that re-check the form. */
    public Observable[] dependencies() {
        return new Observable[] {secretary, deputies, committee};
    }

    /** Official members currently on the list, in Vietnamese name order. */
    public ObservableList<MemberChoice> candidates() {
        return candidates;
    }

    /** The candidates with "nobody chosen" first, for the secretary box. */
    public ObservableList<MemberChoice> secretaryChoices() {
        return secretaryChoices;
    }

    public ObjectProperty<MemberChoice> secretaryProperty() {
        return secretary;
    }

    public ObservableList<MemberChoice> deputies() {
        return deputies;
    }

    public ObservableList<MemberChoice> committee() {
        return committee;
    }

    /** How many official members there are and which bodies the branch elects. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Names of former officers who can no longer be chosen, or "". */
    public ReadOnlyStringProperty droppedNoticeProperty() {
        return droppedNotice.getReadOnlyProperty();
    }
}
