package dev.agentctl.parse;

/** A discovered file after reading: either its parsed document or why it could not be read. */
public record ReadResult(AgentFile file, AgentDocument document, String readError) {

    public boolean readable() {
        return document != null;
    }
}
