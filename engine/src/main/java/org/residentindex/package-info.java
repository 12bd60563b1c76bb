/**
 * resident-index engine: links residents' records across council services using the property gazetteer
 * (UPRN) and probabilistic name matching. Sub-packages are split by concept (ingest, normalise, gazetteer,
 * block, compare, score, cluster, evaluate, insight, report); Lucene types never appear in public signatures.
 */
package org.residentindex;
