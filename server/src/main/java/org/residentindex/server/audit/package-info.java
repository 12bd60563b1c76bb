/** The audit trail: append-only, hash-chained, holding who asked what of whom — never the values searched. */
package org.residentindex.server.audit;
