package vn.sochibo.model.meeting;

/**
 * Where a person stands on the roll of a meeting, from their status on its date (rules.md §6): expected (official
 * or probationary, neither exempted nor away nor suspended), exempted (listed apart; present if they come), away on
 * a temporary transfer (listed apart, never absent), suspended (listed apart), or attached here from elsewhere
 * (listed among those present but counted apart).
 */
public enum RollCategory {
    EXPECTED,
    EXEMPTED,
    AWAY,
    SUSPENDED,
    ATTACHED
}
