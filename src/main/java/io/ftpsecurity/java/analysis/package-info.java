/**
 * What the Java rules share: the values an expression certainly holds, followed through local variables and
 * fields written once, and the URL a {@code java.net.URL} is opened on. When the code does not show a value,
 * these say nothing, and the rules stay silent.
 */
package io.ftpsecurity.java.analysis;
