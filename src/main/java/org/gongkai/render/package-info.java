/**
 * Rendering stage: the theme (Pebble templates, message bundles, assets), the views a template
 * sees, and the engine that turns them into HTML. Built once per build, shared by the threads that
 * render pages in parallel.
 */
package org.gongkai.render;
