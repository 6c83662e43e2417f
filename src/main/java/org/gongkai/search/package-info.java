/**
 * The site's search index, written at build time for the search page's script: the terms of every
 * page (character bigrams for Chinese, words for Latin text), postings sharded by term so that a
 * query loads only a few small files, and one fragment per page for result snippets.
 */
package org.gongkai.search;
