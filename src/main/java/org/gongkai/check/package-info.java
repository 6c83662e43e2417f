/**
 * Checks stage: reconciliation of a disclosure's figures against each other and against its
 * narrative. Each check is one class; findings become warnings, or errors under {@code --strict}.
 */
package org.gongkai.check;
