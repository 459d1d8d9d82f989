package dev.agentctl.schema;

/** A vocabulary file agentctl refuses: not JSON, an unknown key, or a value of the wrong type. */
public final class VocabularyException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String unknownKey;

    public VocabularyException(String message) {
        this(message, null);
    }

    VocabularyException(String message, String unknownKey) {
        super(message);
        this.unknownKey = unknownKey;
    }

    /** The key agentctl does not know, when that is the problem, so the caller can suggest the one meant. */
    public String unknownKey() {
        return unknownKey;
    }
}
