/**
 * The one place that knows the Python APIs the rules reason about: ftplib, ssl and urllib.request, and the
 * third-party FTP and SSH clients (one class per library, each documented from the library's source).
 * Qualified names, parameter positions, method names and value lists live here as documented
 * constants; rules and analyses ask these classes and never spell an API name themselves.
 */
package io.ftpsecurity.python.api;
