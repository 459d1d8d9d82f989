package dev.agentctl.cli;

/** A problem the user can fix (a missing path, a bad option value): printed as one line, exit code 2, no trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
