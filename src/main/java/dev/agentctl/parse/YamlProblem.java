package dev.agentctl.parse;

import dev.agentctl.model.Location;

/** Why a YAML parser refused a frontmatter, and where in the original file. */
public record YamlProblem(String message, Location location) {
}
