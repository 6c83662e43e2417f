/**
 * The link checker: proves that every reference in a folder of HTML and CSS files resolves, as the
 * web server will serve it, before the folder is published. {@link org.gongkai.linkcheck.LinkChecker}
 * is the engine; {@link org.gongkai.linkcheck.ReportFormat} writes its report as text, JSON or JUnit
 * XML.
 */
package org.gongkai.linkcheck;
