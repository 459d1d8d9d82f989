package dev.agentctl.parse;

/** Why Claude Code does not load a file; rules key on this, never on message text. */
public enum LoadProblem {
    UNREADABLE,
    TOO_LARGE,
    FOREIGN_ENCODING,
    NO_FRONTMATTER,
    UNTERMINATED_FRONTMATTER,
    INVALID_YAML,
    MISSING_NAME,
    NAME_NOT_A_STRING,
    INVALID_NAME,
    MISSING_DESCRIPTION,
    HOOK_EVENT_AT_TOP_LEVEL,
    INVALID_HOOKS
}
