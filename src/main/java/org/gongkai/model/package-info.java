/**
 * The model of a site: disclosures, their line items and indicators, department profiles, and the
 * figures derived from them. Immutable records of exact decimals, safe to share across threads.
 */
package org.gongkai.model;
