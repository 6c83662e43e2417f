/**
 * The pipeline of a build, stage by stage: configuration, content, model, checks, rendering,
 * output, link check; in full ({@code FullBuild}) or, when the cache beside the output describes
 * it, only for what changed ({@code IncrementalBuild}). The command line calls {@link
 * org.gongkai.pipeline.SiteBuild}; the pipeline prints nothing itself.
 */
package org.gongkai.pipeline;
