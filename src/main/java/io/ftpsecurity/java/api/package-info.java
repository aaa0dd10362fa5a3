/**
 * The one place that knows the Java APIs the rules reason about: Apache Commons Net, the JDK's URL and TLS
 * classes, Spring Integration's session factories, JSch, sshj and Apache MINA SSHD. Types, methods and values
 * are documented {@code MethodMatchers} constants, built once; rules and analyses never spell an API name.
 */
package io.ftpsecurity.java.api;
