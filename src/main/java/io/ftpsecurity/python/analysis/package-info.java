/**
 * Analyses shared by the Python rules: what an argument, a name or a class resolves to, written once.
 * Every analysis answers "unknown" rather than guess, so that rules stay silent when unsure.
 */
package io.ftpsecurity.python.analysis;
