/**
 * The immutable AST: records and sealed interfaces, every node with its exact
 * source span.
 *
 * <p>Every record here overrides {@code equals} and {@code hashCode} with
 * identity. A node is a place in one file, not a value: two {@code RUN
 * make} lines are different instructions. The generated record methods would
 * compare every component deeply (a {@code List.indexOf} of an instruction
 * compared whole argument lists) and are linked through invokedynamic on
 * first use, which costs a short-lived process tens of milliseconds. Records
 * cannot inherit these methods, hence the same few lines in each file.
 */
package dev.layerlint.ast;
