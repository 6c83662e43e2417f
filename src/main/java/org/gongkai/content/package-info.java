/**
 * Content stage: finds the files of a site, splits front matter from narrative, reads the YAML with
 * positions, maps it onto the model, and parses the Markdown narrative.
 */
package org.gongkai.content;
