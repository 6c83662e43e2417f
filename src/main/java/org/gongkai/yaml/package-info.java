/**
 * Reads YAML (front matter and {@code site.yaml}) into a small tree that remembers the line and
 * column of every key and value, and refuses what has no place in a disclosure (anchors, aliases,
 * duplicate keys, runaway nesting).
 */
package org.gongkai.yaml;
