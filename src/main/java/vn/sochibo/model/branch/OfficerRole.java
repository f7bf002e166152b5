package vn.sochibo.model.branch;

/** Posts of the branch leadership: bí thư, phó bí thư, chi ủy viên. */
public enum OfficerRole {
    SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER
}
