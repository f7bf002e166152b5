package vn.sochibo.model.member;

import vn.sochibo.model.text.Texts;

/** Education, political theory, languages, occupation and the retiree / army / police marks of the register. */
public record Background(String generalEducation, String professionalLevel, String politicalTheory,
                         String foreignLanguage, String occupation, String occupationBeforeJoining,
                         boolean retired, boolean army, boolean police) {
    public static final Background EMPTY = new Background("", "", "", "", "", "", false, false, false);

    public Background {
        generalEducation = Texts.clean(generalEducation);
        professionalLevel = Texts.clean(professionalLevel);
        politicalTheory = Texts.clean(politicalTheory);
        foreignLanguage = Texts.clean(foreignLanguage);
        occupation = Texts.clean(occupation);
        occupationBeforeJoining = Texts.clean(occupationBeforeJoining);
    }
}
