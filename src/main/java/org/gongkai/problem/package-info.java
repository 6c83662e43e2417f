/** Problems found in a site's configuration and content, located at {@code file:line:column}. */
package org.gongkai.problem;
