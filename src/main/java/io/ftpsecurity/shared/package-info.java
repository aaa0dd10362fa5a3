/**
 * Facts that do not depend on the language analysed, read by the Python and the Java rules alike: the rules' keys,
 * which TLS versions and cipher families are weak, which names sound secure, and where a URL keeps its user and
 * password. Each language's {@code api} package spells them in that language's vocabulary.
 */
package io.ftpsecurity.shared;
