package vn.sochibo.ui.study;

import vn.sochibo.model.study.IssuingLevel;
import vn.sochibo.model.study.Organiser;
import vn.sochibo.model.study.Participation;
import vn.sochibo.model.study.StudyDebt;
import vn.sochibo.model.study.StudyForm;
import vn.sochibo.ui.common.I18n;

/** The words of the study screens: levels, organisers, forms, rates against the target and what a member owes. */
final class StudyTexts {
    private final I18n i18n;

    StudyTexts(I18n i18n) {
        this.i18n = i18n;
    }

    String level(IssuingLevel level) {
        return i18n.tr("study.ui.level." + level.name());
    }

    String organiser(Organiser organiser) {
        return i18n.tr("study.ui.organiser." + organiser.name());
    }

    String form(StudyForm form) {
        return i18n.tr("study.ui.form." + form.name());
    }

    /** The rate with a decimal comma in Vietnamese ("66,7"), a dot in English. */
    String percent(Participation p) {
        String text = p.rateText();
        return i18n.messages().isEnglish() ? text : text.replace('.', ',');
    }

    /** The rate with the target and, below it, the words "chưa đạt" so the shortfall never rests on colour. */
    String rate(Participation p) {
        if (p.expected() == 0) {
            return i18n.tr("study.ui.rate.none");
        }
        return i18n.tr(p.meetsTarget() ? "study.ui.rate.met" : "study.ui.rate.below", percent(p),
                String.valueOf(p.targetPercent()));
    }

    /** One member's debt in words: not yet studied, reflection not handed in, or both. */
    String debt(StudyDebt d) {
        String key = d.owesAttendance() && d.owesReflection() ? "study.ui.debt.both"
                : d.owesAttendance() ? "study.ui.debt.attendance" : "study.ui.debt.reflection";
        return i18n.tr(key, d.fullName());
    }
}
