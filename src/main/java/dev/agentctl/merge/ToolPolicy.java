package dev.agentctl.merge;

/**
 * Which tools the merged agent gets when the variants grant different ones. A variant without {@code tools} grants
 * every tool, as Claude Code reads it.
 */
public enum ToolPolicy {
    /** Every tool some variant grants: all tools as soon as one variant has no {@code tools} key. The default. */
    UNION,
    /** Only the tools every variant grants (a variant with all tools constrains nothing). */
    INTERSECTION,
    /** The tools at least half the variants grant. */
    MAJORITY
}
