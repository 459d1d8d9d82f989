package dev.agentctl.rules;

import dev.agentctl.diag.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's identity and documentation, on the rule class itself. Docs, {@code agentctl rules} and SARIF all read
 * it from here. An id is never changed or reused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** {@code AG} and three digits. */
    String id();

    /** Kebab-case name of the problem, e.g. {@code unknown-tool}. */
    String name();

    Severity severity();

    /** One sentence, no trailing period. */
    String summary();

    /**
     * Why it matters and what to do: a few sentences of Markdown. Empty for a rule about a {@link #field()}'s value,
     * whose explanation is the field's in {@link dev.agentctl.schema.FieldCatalog}.
     */
    String explanation() default "";

    /** The frontmatter field whose dropped value the rule reports, or empty. */
    String field() default "";

    boolean fixable() default false;

    boolean enabledByDefault() default true;
}
