/** Configuration stage: reads and checks {@code site.yaml} before any other work. */
package org.gongkai.config;
