/**
 * The pipeline of a build, stage by stage: configuration, content, model, checks, rendering,
 * output, link check. The command line calls it; it prints nothing itself.
 */
package org.gongkai.build;
