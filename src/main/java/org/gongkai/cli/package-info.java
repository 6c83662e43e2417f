/**
 * The command line: {@code gongkai build}, {@code check} and {@code validate}, on top of the
 * pipeline.
 */
package org.gongkai.cli;
