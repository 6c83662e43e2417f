/**
 * The build cache: what a build learnt about each source file and about its output, kept in one
 * binary file beside the output ({@code .site.cache/state.bin} for {@code site/}) so that the next
 * build can rebuild only what changed. Safe to delete: without it, or when it does not describe the
 * output on disk or the inputs that can change many pages, a build is a clean one.
 */
package org.gongkai.cache;
