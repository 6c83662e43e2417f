/**
 * Output stage: writes pages and open data into a fresh folder and swaps it in for the old site
 * only when the build is complete, so that readers never see a half-written site.
 */
package org.gongkai.output;
