package dev.ladder.scenario.steps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a step sentence means, for the glossary analysts read ({@code features/GLOSSARY.md} and the
 * workbench): one or two plain sentences, the meaning of each parameter in the order the sentence
 * names them, and the meaning of the table that follows the step, if it takes one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Meaning {

    String value();

    /** One entry per parameter of the sentence, in order: what the value stands for. */
    String[] parameters() default {};

    /** What the table under the step holds; empty when the step takes no table. */
    String table() default "";

    /** An example of the sentence in use, for the glossary when no feature uses it yet. */
    String example() default "";
}
