/**
 * Quick fixes: the edits a rule offers with an issue, built from the tree with python-frontend's exported quick-fix
 * API ({@code PythonQuickFix}, {@code PythonTextEdit}, both there since analyzer 4.0). A builder returns an empty
 * Optional whenever the edit would not be certainly right, and the rule then reports the issue without a fix.
 */
package io.ftpsecurity.python.fixes;
