package dev.agentctl.model;

import java.util.Objects;

/** A value together with where it was written; two located values are equal when their values are. */
public record Located<T>(T value, Location location) {

    public Located {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Located<?> that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }
}
