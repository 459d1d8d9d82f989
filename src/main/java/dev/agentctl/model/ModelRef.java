package dev.agentctl.model;

/** The {@code model} an agent asks for: {@code inherit}, a known alias, or any other string passed on as a model id. */
public record ModelRef(String value, Kind kind) {

    public enum Kind { INHERIT, ALIAS, MODEL_ID }
}
