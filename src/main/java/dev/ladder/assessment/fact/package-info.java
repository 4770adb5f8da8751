/**
 * The facts rules reason about and the findings they conclude, as plain values an analyst can read
 * in a rule. Input facts are built from a review and the framework snapshot; findings are inserted by
 * the rules in {@code rules/} (with {@code insertLogical}, so a finding disappears by itself when the
 * facts that justified it no longer hold) and collected into the assessment afterwards.
 * See {@code rules/README.md} for the same model in plain English.
 */
package dev.ladder.assessment.fact;
